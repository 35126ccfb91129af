import { SUBGRAPHS } from '../kit/topology.js';
import { type Federation, launchFederation } from '../scripts/launch.js';

/** The secret the benchmarks' federation verifies tokens with (a benchmark signs its analyst's with it). */
export const BENCH_JWT_SECRET = 'bench-probe-secret-bench-probe-secret-000';

/**
 * The whole federation as `npm start` runs it, for a benchmark: production mode, each subgraph its own
 * process and SQLite file under `dataDir` (the province seeded on first use), every port a free one of
 * 127.0.0.1, nothing restarted. `env` adds to the environment; `onLine` sees the processes' output.
 */
export async function startBenchFederation(
  dataDir: string,
  env: Record<string, string> = {},
  onLine?: (service: string, line: string) => void,
): Promise<Federation> {
  console.log(`starting the federation on ${dataDir} (the first run seeds the province: about a minute)…`);
  return launchFederation({
    env: {
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      DATA_DIR: dataDir,
      JWT_SECRET: BENCH_JWT_SECRET,
      INTERNAL_SECRET: 'bench-probe-internal-bench-probe-internal',
      GATEWAY_METRICS_PORT: '0',
      ...env,
    },
    ports: Object.fromEntries([...SUBGRAPHS.map((s) => [s.name, 0]), ['gateway', 0]]),
    restart: false,
    startTimeoutMs: 600_000,
    onLine,
  });
}
