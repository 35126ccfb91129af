import { DEFAULT_STATEMENT_TIMEOUT_MS } from '../../kit/config.js';
import 'reflect-metadata';
import type { SubgraphConfig } from '../../kit/config.js';
import type { SubgraphName } from '../../kit/topology.js';
import type { SubgraphDefinition, RunningSubgraph } from '../../kit/subgraph.js';
import { startSubgraph } from '../../kit/subgraph.js';
import { DEMO_SEEDERS, type DemoSeeder, seedIfEmpty } from '../../seed/demo/index.js';
import { ADMIN, asGateway, TEST_SECRETS } from './auth.js';
import { createTestDatabases, type Backend, type TestDatabases } from './databases.js';
import { setDefaultHeaders } from './graphql.js';
import { templatesOf } from './shared.js';
import { TEMPLATE_SCALE } from './templates.js';

/** How the tests start a subgraph: on a free port of 127.0.0.1, over `databaseUrl`, with the test secret, silent. */
export function subgraphTestConfig(name: SubgraphName, databaseUrl: string, scale = 'small'): SubgraphConfig {
  return {
    name,
    mode: 'test',
    host: '127.0.0.1',
    port: 0,
    databaseUrl,
    seedOnStart: false,
    seed: 2021,
    seedScale: scale,
    internalSecret: TEST_SECRETS.internal,
    logLevel: 'silent',
    statementTimeoutMs: DEFAULT_STATEMENT_TIMEOUT_MS,
  };
}

/**
 * One subgraph in this process, on a free port, over a fresh database of the given backend seeded at
 * `scale`: a copy of the run's seeded template when there is one for that scale, else seeded here by
 * `seeder` (the subgraph's demo seeder; a test's own department brings its own).
 */
export async function startTestSubgraph<L>(
  def: SubgraphDefinition<L>,
  backend: Backend,
  scale = 'small',
  seeder: DemoSeeder | undefined = DEMO_SEEDERS[def.name],
): Promise<RunningSubgraph & { dbs: TestDatabases }> {
  const template = scale === TEMPLATE_SCALE ? templatesOf(backend)?.[def.name] : undefined;
  const dbs = await createTestDatabases(backend, [def.name], template ? { [def.name]: template } : {});
  try {
    // As the launcher does: the demo world through the importer, into a database that holds nothing yet.
    if (seeder) await seedIfEmpty(def, seeder, dbs.urls[def.name]!, { seed: 2021, scale });
    const server = await startSubgraph(def, subgraphTestConfig(def.name, dbs.urls[def.name]!, scale));
    // Called directly, as the gateway would: with a signed identity (admin unless a test says otherwise).
    setDefaultHeaders(server.url, () => asGateway(ADMIN, def.name));
    return {
      ...server,
      dbs,
      close: async () => {
        setDefaultHeaders(server.url, null);
        await server.close();
        await dbs.drop();
      },
    };
  } catch (err) {
    await dbs.drop();
    throw err;
  }
}

/** The `_entities` query for representations of one type, selecting `fields`. */
export function entitiesQuery(typeName: string, fields: string): string {
  return `query($reps: [_Any!]!) { _entities(representations: $reps) { __typename ... on ${typeName} { ${fields} } } }`;
}
