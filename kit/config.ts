import path from 'node:path';
import { z } from 'zod';
import { devSecret } from './keys.js';
import { shownValue } from './redact.js';
import { subgraphInfo, type SubgraphName } from './topology.js';

/**
 * Every process reads its environment once, at start-up, into a typed and validated object: the
 * subgraphs here, the gateway in gateway/config.ts (with the pieces exported here). Nothing else in the
 * code base reads process.env. Errors name the environment variable to fix, never a secret's value.
 */

export type Env = Record<string, string | undefined>;

export const port = z.coerce.number().int().min(0).max(65535);
export const mode = z.enum(['development', 'production', 'test']);
export const logLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);
export const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

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
export function readEnv<S extends z.ZodRawShape>(env: Env, shape: S): z.infer<z.ZodObject<S>> {
  const input = Object.fromEntries(
    Object.keys(shape).map((k) => {
      const v = env[k]?.trim();
      return [k, v === '' ? undefined : v];
    }),
  );
  const result = z.object(shape).safeParse(input);
  if (!result.success) {
    throw new ConfigError(
      // A secret's value is never echoed (only its length), a URL's password never.
      result.error.issues.map((i) => `${i.path.join('.')}: ${i.message} (${shownValue(String(i.path[0]), input[String(i.path[0])])})`),
    );
  }
  return result.data;
}

/** A database URL: postgres:// or postgresql://, or a SQLite file path (no other scheme). */
const databaseUrl = z.string().refine((v) => /^postgres(ql)?:\/\/[^/]/i.test(v) || !/^[a-z][a-z0-9+.-]*:\/\//i.test(v), {
  message: 'a postgres:// (or postgresql://) URL, or a SQLite file path',
});

/** An http(s) URL. */
export const httpUrl = z.string().refine(
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
  /** Whether the launcher (`npm start`) seeds this database when it holds nothing yet (`npm run seed -- --if-empty`). */
  seedOnStart: boolean;
  /** The seed number the reference data set is generated from. */
  seed: number;
  /** How much of the province the launcher's seed of an empty database generates (see `npm run seed -- --help`). */
  seedScale: string;
  /** Verifies the identity the gateway signs for each request. */
  internalSecret: string;
  logLevel: LogLevel;
  /** A read of a request that runs longer is stopped with STATEMENT_TIMEOUT (`STATEMENT_TIMEOUT_MS`; not migrations, not writes on SQLite: kit/db-clients.ts). */
  statementTimeoutMs: number;
}

/** `STATEMENT_TIMEOUT_MS`: under the gateway's 10 s, so a statement it gave up on does not run on. */
export const DEFAULT_STATEMENT_TIMEOUT_MS = 8_000;

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
    INTERNAL_SECRET: secret.optional(),
    LOG_LEVEL: logLevel.default('info'),
    STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(DEFAULT_STATEMENT_TIMEOUT_MS),
  }) as Record<string, unknown>;
  return {
    name,
    statementTimeoutMs: e.STATEMENT_TIMEOUT_MS as number,
    internalSecret: internalSecret(e),
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

export const secret = z.string().min(32, 'at least 32 characters (e.g. openssl rand -base64 32)');

/** The gateway–subgraph secret: configured, or in development generated once under data/keys/. */
export function internalSecret(e: Record<string, unknown>): string {
  if (e.INTERNAL_SECRET) return e.INTERNAL_SECRET as string;
  if (e.NODE_ENV === 'production')
    throw new ConfigError(['INTERNAL_SECRET: required in production (the secret the gateway signs identities with)']);
  return devSecret(e.DATA_DIR as string, 'internal');
}

/** The scales the seed generator knows. */
export const SCALE_PATTERN = /^(province|small|city:\d{4}|county:\d{6})$/;
