import path from 'node:path';
import { z } from 'zod';
import { GATEWAY_DEFAULT_PORT, SUBGRAPHS, subgraphInfo, type SubgraphName } from './topology.js';

/**
 * Every process reads its environment here, once, at start-up, into a typed and validated object.
 * Nothing else in the code base reads process.env.
 */

export type Env = Record<string, string | undefined>;

const port = z.coerce.number().int().min(0).max(65535);
const mode = z.enum(['development', 'production', 'test']);
const logLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

export class ConfigError extends Error {
  constructor(issues: string[]) {
    super(`Invalid configuration:\n  - ${issues.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

function parse<T extends z.ZodTypeAny>(schema: T, input: Record<string, unknown>): z.infer<T> {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
    );
  }
  return result.data;
}

/** Default database of a subgraph: a SQLite file under data/, created on first start. */
export function defaultDatabaseUrl(name: SubgraphName, dataDir = 'data'): string {
  return path.join(dataDir, `${name}.sqlite`);
}

export interface SubgraphConfig {
  name: SubgraphName;
  mode: 'development' | 'production' | 'test';
  host: string;
  port: number;
  databaseUrl: string;
  /** Run migrations and seed an empty database at start-up. */
  seedOnStart: boolean;
  /** The seed number the reference data set is generated from. */
  seed: number;
  logLevel: z.infer<typeof logLevel>;
}

export function loadSubgraphConfig(name: SubgraphName, env: Env): SubgraphConfig {
  const { envPrefix, defaultPort } = subgraphInfo(name);
  const raw = {
    mode: env.NODE_ENV ?? 'development',
    host: env.SUBGRAPH_HOST ?? '127.0.0.1',
    port: env[`${envPrefix}_PORT`] ?? defaultPort,
    databaseUrl: env[`${envPrefix}_DB_URL`] ?? defaultDatabaseUrl(name, env.DATA_DIR ?? 'data'),
    seedOnStart: env.SEED_ON_START ?? 'true',
    seed: env.SEED ?? 2021,
    logLevel: env.LOG_LEVEL ?? 'info',
  };
  return {
    name,
    ...parse(
      z.object({
        mode,
        host: z.string().min(1),
        port,
        databaseUrl: z.string().min(1, 'a SQLite file path or a postgres:// URL'),
        seedOnStart: bool,
        seed: z.coerce.number().int().nonnegative(),
        logLevel,
      }),
      raw,
    ),
  };
}

export interface GatewayConfig {
  mode: 'development' | 'production' | 'test';
  host: string;
  port: number;
  supergraphPath: string;
  /** Where each subgraph listens; overrides the routing URLs written in the supergraph. */
  subgraphUrls: Record<SubgraphName, string>;
  /** Abort a subgraph request that takes longer than this. */
  subgraphTimeoutMs: number;
  /** Serve the GraphiQL explorer at `/`. */
  explorer: boolean;
  logLevel: z.infer<typeof logLevel>;
}

export function loadGatewayConfig(env: Env): GatewayConfig {
  const subgraphUrls = Object.fromEntries(
    SUBGRAPHS.map((s) => [
      s.name,
      env[`${s.envPrefix}_URL`] ?? `http://127.0.0.1:${s.defaultPort}/graphql`,
    ]),
  );
  const parsed = parse(
    z.object({
      mode,
      host: z.string().min(1),
      port,
      supergraphPath: z.string().min(1),
      subgraphUrls: z.record(z.string(), z.string().url()),
      subgraphTimeoutMs: z.coerce.number().int().min(100).max(300_000),
      explorer: bool,
      logLevel,
    }),
    {
      mode: env.NODE_ENV ?? 'development',
      host: env.GATEWAY_HOST ?? '0.0.0.0',
      port: env.GATEWAY_PORT ?? GATEWAY_DEFAULT_PORT,
      supergraphPath: env.SUPERGRAPH_PATH ?? path.join('schema', 'supergraph.graphql'),
      subgraphUrls,
      subgraphTimeoutMs: env.SUBGRAPH_TIMEOUT_MS ?? 10_000,
      explorer: env.EXPLORER ?? (env.NODE_ENV === 'production' ? 'false' : 'true'),
      logLevel: env.LOG_LEVEL ?? 'info',
    },
  );
  return { ...parsed, subgraphUrls: parsed.subgraphUrls as Record<SubgraphName, string> };
}
