import 'reflect-metadata';
import type { SubgraphDefinition, RunningSubgraph } from '../../kit/subgraph.js';
import { startSubgraph } from '../../kit/subgraph.js';
import { createTestDatabases, type Backend, type TestDatabases } from './databases.js';

/** One subgraph in this process, on a free port, over a fresh database of the given backend seeded at `scale`. */
export async function startTestSubgraph<L>(def: SubgraphDefinition<L>, backend: Backend, scale = 'small'): Promise<RunningSubgraph & { dbs: TestDatabases }> {
  const dbs = await createTestDatabases(backend, [def.name]);
  try {
    const server = await startSubgraph(def, {
      name: def.name, mode: 'test', host: '127.0.0.1', port: 0, databaseUrl: dbs.urls[def.name],
      seedOnStart: true, seed: 2021, seedScale: scale, logLevel: 'silent',
    });
    return {
      ...server,
      dbs,
      close: async () => {
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
