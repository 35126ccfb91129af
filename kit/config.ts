import path from 'node:path';
import { z } from 'zod';
import { GATEWAY_DEFAULT_PORT, SUBGRAPHS, subgraphInfo, type SubgraphName } from './topology.js';

/**
 * Every process reads its environment here, once, at start-up, into a typed and validated object.
 * Nothing else in the code base reads process.env. Errors name the environment variable to fix.
 */

export type Env = Record<string, string | undefined>;

const port = z.coerce.number().int().min(0).max(65535);
const mode = z.enum(['development', 'production', 'test']);
const logLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

export type Mode = z.infer<typeof mode>;
export type LogLevel = z.infer<typeof logLevel>;

export class ConfigError extends Error {
  constructor(issues: string[]) {
    super(`Invalid configuration:\n  - ${issues.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Validates the named variables of `env` (an empty value counts as unset, so its default applies).
 * The schema's keys are the variable names, so every message says which variable is wrong.
 */
function readEnv<S extends z.ZodRawShape>(env: Env, shape: S): z.infer<z.ZodObject<S>> {
  const input = Object.fromEntries(
    Object.keys(shape).map((k) => {
      const v = env[k]?.trim();
      return [k, v === '' ? undefined : v];
    }),
  );
  const result = z.object(shape).safeParse(input);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message} (got ${JSON.stringify(input[String(i.path[0])])})`));
  }
  return result.data;
}

/** A database URL: postgres:// or postgresql://, or a SQLite file path (no other scheme). */
const databaseUrl = z
  .string()
  .refine((v) => /^postgres(ql)?:\/\/[^/]/i.test(v) || !/^[a-z][a-z0-9+.-]*:\/\//i.test(v), {
    message: 'a postgres:// (or postgresql://) URL, or a SQLite file path',
  });

/** An http(s) URL. */
const httpUrl = z.string().refine(
  (v) => {
    try {
      return ['http:', 'https:'].includes(new URL(v).protocol);
    } catch {
      return false;
    }
  },
  { message: 'an http:// or https:// URL' },
);

/** Default database of a subgraph: a SQLite file under data/, created on first start. */
export function defaultDatabaseUrl(name: SubgraphName, dataDir = 'data'): string {
  return path.join(dataDir, `${name}.sqlite`);
}

export interface SubgraphConfig {
  name: SubgraphName;
  mode: Mode;
  host: string;
  port: number;
  /** A SQLite file path or a postgres:// URL. */
  databaseUrl: string;
  /** Run migrations and seed an empty database at start-up. */
  seedOnStart: boolean;
  /** The seed number the reference data set is generated from. */
  seed: number;
  /** How much of the province the start-up seed generates (see `npm run seed -- --help`). */
  seedScale: string;
  logLevel: LogLevel;
}

export function loadSubgraphConfig(name: SubgraphName, env: Env): SubgraphConfig {
  const { envPrefix: p, defaultPort } = subgraphInfo(name);
  const e = readEnv(env, {
    NODE_ENV: mode.default('development'),
    SUBGRAPH_HOST: z.string().default('127.0.0.1'),
    [`${p}_PORT`]: port.default(defaultPort),
    [`${p}_DB_URL`]: databaseUrl.optional(),
    DATA_DIR: z.string().default('data'),
    SEED_ON_START: bool.default(true),
    SEED: z.coerce.number().int().nonnegative().default(2021),
    SEED_SCALE: z.string().regex(SCALE_PATTERN, 'province, small, city:<4 digits> or county:<6 digits>').default('province'),
    LOG_LEVEL: logLevel.default('info'),
  }) as Record<string, unknown>;
  return {
    name,
    mode: e.NODE_ENV as Mode,
    host: e.SUBGRAPH_HOST as string,
    port: e[`${p}_PORT`] as number,
    databaseUrl: (e[`${p}_DB_URL`] as string | undefined) ?? defaultDatabaseUrl(name, e.DATA_DIR as string),
    seedOnStart: e.SEED_ON_START as boolean,
    seed: e.SEED as number,
    seedScale: e.SEED_SCALE as string,
    logLevel: e.LOG_LEVEL as LogLevel,
  };
}

/** The scales the seed generator knows. */
export const SCALE_PATTERN = /^(province|small|city:\d{4}|county:\d{6})$/;

export interface GatewayConfig {
  mode: Mode;
  host: string;
  port: number;
  supergraphPath: string;
  /** Where each subgraph listens; overrides the routing URLs written in the supergraph. */
  subgraphUrls: Record<SubgraphName, string>;
  /** Abort a subgraph request that takes longer than this. */
  subgraphTimeoutMs: number;
  /** Serve the GraphiQL explorer at `/` (default: on, except in production). */
  explorer: boolean;
  logLevel: LogLevel;
}

export function loadGatewayConfig(env: Env): GatewayConfig {
  const urlVars = Object.fromEntries(
    SUBGRAPHS.map((s) => [`${s.envPrefix}_URL`, httpUrl.default(`http://127.0.0.1:${s.defaultPort}/graphql`)]),
  );
  const e = readEnv(env, {
    NODE_ENV: mode.default('development'),
    // Loopback until authentication exists (issue 4): set GATEWAY_HOST=0.0.0.0 to serve a network.
    GATEWAY_HOST: z.string().default('127.0.0.1'),
    GATEWAY_PORT: port.default(GATEWAY_DEFAULT_PORT),
    SUPERGRAPH_PATH: z.string().default(path.join('schema', 'supergraph.graphql')),
    SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(10_000),
    EXPLORER: bool.optional(),
    LOG_LEVEL: logLevel.default('info'),
    ...urlVars,
  }) as Record<string, unknown>;
  return {
    mode: e.NODE_ENV as Mode,
    host: e.GATEWAY_HOST as string,
    port: e.GATEWAY_PORT as number,
    supergraphPath: e.SUPERGRAPH_PATH as string,
    subgraphUrls: Object.fromEntries(SUBGRAPHS.map((s) => [s.name, e[`${s.envPrefix}_URL`]])) as Record<SubgraphName, string>,
    subgraphTimeoutMs: e.SUBGRAPH_TIMEOUT_MS as number,
    explorer: (e.EXPLORER as boolean | undefined) ?? e.NODE_ENV !== 'production',
    logLevel: e.LOG_LEVEL as LogLevel,
  };
}
