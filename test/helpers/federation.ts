import {
  type LaunchOptions,
  launchFederation,
  launchGateway,
  launchSubgraph,
  type Federation,
  type Gateway,
} from '../../scripts/launch.js';
import { SUBGRAPHS, type SubgraphName, subgraphInfo } from '../../kit/topology.js';
import { TEST_SECRETS } from './auth.js';
import { createTestDatabases, type Backend, type TestDatabases } from './databases.js';

/** The environment every test process gets (on top of the tests' own). */
const BASE_ENV: Record<string, string> = {
  LOG_LEVEL: 'warn',
  NODE_ENV: 'test',
  GATEWAY_HOST: '127.0.0.1',
  SEED: '2021',
  SEED_SCALE: 'small',
  INTERNAL_SECRET: TEST_SECRETS.internal,
  JWT_SECRET: TEST_SECRETS.jwt,
  GATEWAY_METRICS_PORT: '0',
  RATE_LIMIT_PER_MINUTE: '1000000',
  MAX_CONCURRENT_PER_CALLER: '10000',
  // CI exports REDIS_URL for the replica tests; every other process keeps its state in process (empty is
  // unset), or the gateways of every run would share one Redis: persisted queries registered by an earlier
  // run, and one rate budget for every test.
  REDIS_URL: '',
};

/** The last lines of output of the processes, kept to explain a failed start. */
function recentOutput() {
  const output: string[] = [];
  return {
    output,
    onLine: (service: string, line: string) => {
      output.push(`[${service}] ${line}`);
      if (output.length > 200) output.shift();
    },
  };
}

/**
 * The whole federation as separate processes on free ports, over fresh databases of one backend: copies
 * of `templates` when given (see test/helpers/templates.ts), else empty ones that each subgraph seeds.
 */
export async function startTestFederation(
  backend: Backend,
  extraEnv: Record<string, string> = {},
  templates: Partial<Record<SubgraphName, string>> = {},
  launch: Pick<LaunchOptions, 'restart' | 'onEvent'> = {},
): Promise<Federation & { dbs: TestDatabases }> {
  const dbs = await createTestDatabases(backend, undefined, templates);
  const env: Record<string, string> = { ...BASE_ENV, ...extraEnv };
  for (const s of SUBGRAPHS) env[`${s.envPrefix}_DB_URL`] = dbs.urls[s.name];
  const { output, onLine } = recentOutput();
  try {
    const fed = await launchFederation({
      env,
      ports: { gateway: 0, facilities: 0, party: 0, practice: 0, culture: 0, 'social-work': 0 },
      onLine,
      ...launch,
    });
    return {
      ...fed,
      dbs,
      stop: async () => {
        await fed.stop();
        await dbs.drop();
      },
    };
  } catch (err) {
    await dbs.drop();
    throw new Error(`${(err as Error).message}\n${output.join('\n')}`);
  }
}

/**
 * A gateway process of its own (e.g. SAFELIST=true or NODE_ENV=production) over subgraphs already
 * running, such as the shared federation's.
 */
export async function startTestGateway(
  subgraphUrls: Record<SubgraphName, string>,
  extraEnv: Record<string, string> = {},
): Promise<Gateway> {
  const { output, onLine } = recentOutput();
  try {
    return await launchGateway(subgraphUrls, { env: { ...BASE_ENV, ...extraEnv }, ports: { gateway: 0 }, onLine });
  } catch (err) {
    throw new Error(`${(err as Error).message}\n${output.join('\n')}`);
  }
}

/**
 * One more process of a subgraph (a second replica beside a federation's) on the database `dbUrl`, on a
 * free port, with the test environment.
 */
export async function startTestSubgraph(name: SubgraphName, dbUrl: string, extraEnv: Record<string, string> = {}): Promise<Gateway> {
  const { output, onLine } = recentOutput();
  try {
    return await launchSubgraph(name, {
      env: { ...BASE_ENV, ...extraEnv, [`${subgraphInfo(name).envPrefix}_DB_URL`]: dbUrl },
      ports: { [name]: 0 },
      onLine,
    });
  } catch (err) {
    throw new Error(`${(err as Error).message}\n${output.join('\n')}`);
  }
}
