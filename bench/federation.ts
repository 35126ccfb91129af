import { SignJWT } from 'jose';
import { secretKey } from '../kit/identity.js';
import { SUBGRAPHS } from '../kit/topology.js';
import { type Federation, type Gateway, launchFederation, launchGateway } from '../scripts/launch.js';
import type { SubgraphName } from '../kit/topology.js';

/** The secret the benchmarks' federation verifies tokens with (a benchmark signs its analyst's with it). */
export const BENCH_JWT_SECRET = 'bench-probe-secret-bench-probe-secret-000';

/** A bearer token of the benchmarks' analyst (`sub` bench-analyst), good for two hours: the committed operations' usual caller. */
export function benchAnalystToken(): Promise<string> {
  return new SignJWT({ sub: 'bench-analyst', role: 'analyst' })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt()
    .setExpirationTime('2h')
    .sign(secretKey(BENCH_JWT_SECRET));
}

/** The secret the gateway signs identities for the subgraphs with (a benchmark calling a subgraph directly signs with it). */
export const BENCH_INTERNAL_SECRET = 'bench-probe-internal-bench-probe-internal';

/** What every benchmark process runs with: production mode, quiet logs, the benchmarks' keys. */
export const BENCH_ENV: Record<string, string> = {
  NODE_ENV: 'production',
  LOG_LEVEL: 'warn',
  JWT_SECRET: BENCH_JWT_SECRET,
  INTERNAL_SECRET: BENCH_INTERNAL_SECRET,
  GATEWAY_METRICS_PORT: '0',
  // In process unless a benchmark says otherwise (bench/replicas.ts), whatever the shell has.
  REDIS_URL: '',
};

/** What `npm run bench` runs venue-graph's gateway with: the benchmarks' keys, production, and no caller limits (one address sends everything). */
export const OUR_GATEWAY_ENV: Record<string, string> = {
  ...BENCH_ENV,
  RATE_LIMIT_PER_MINUTE: '1000000',
  MAX_CONCURRENT_PER_CALLER: '10000',
};

/** One more gateway process over running subgraphs (a second replica), on a free port, as the benchmarks' federation runs it. */
export function startBenchGateway(subgraphUrls: Record<SubgraphName, string>, env: Record<string, string> = {}): Promise<Gateway> {
  return launchGateway(subgraphUrls, { env: { ...BENCH_ENV, ...env }, ports: { gateway: 0 }, startTimeoutMs: 120_000 });
}

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
    env: { ...BENCH_ENV, DATA_DIR: dataDir, ...env },
    ports: Object.fromEntries([...SUBGRAPHS.map((s) => [s.name, 0]), ['gateway', 0]]),
    restart: false,
    startTimeoutMs: 600_000,
    onLine,
  });
}
