import { launchFederation, type Federation } from '../../scripts/launch.js';
import { SUBGRAPHS } from '../../kit/topology.js';
import { TEST_SECRETS } from './auth.js';
import { createTestDatabases, type Backend, type TestDatabases } from './databases.js';

/** The whole federation as separate processes on free ports, over fresh databases of one backend. */
export async function startTestFederation(
  backend: Backend,
  extraEnv: Record<string, string> = {},
): Promise<Federation & { dbs: TestDatabases }> {
  const dbs = await createTestDatabases(backend);
  const env: Record<string, string> = {
    LOG_LEVEL: 'warn',
    NODE_ENV: 'test',
    GATEWAY_HOST: '127.0.0.1',
    SEED: '2021',
    SEED_SCALE: 'small',
    INTERNAL_SECRET: TEST_SECRETS.internal,
    JWT_SECRET: TEST_SECRETS.jwt,
  };
  Object.assign(env, extraEnv);
  for (const s of SUBGRAPHS) env[`${s.envPrefix}_DB_URL`] = dbs.urls[s.name];
  const output: string[] = [];
  try {
    const fed = await launchFederation({
      env,
      ports: { gateway: 0, facilities: 0, party: 0, practice: 0, culture: 0, 'social-work': 0 },
      onLine: (service, line) => {
        output.push(`[${service}] ${line}`);
        if (output.length > 200) output.shift();
      },
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
