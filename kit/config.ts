import path from 'node:path';
import fs from 'node:fs';
import { z } from 'zod';
import { devSecret } from './keys.js';
import { GATEWAY_DEFAULT_PORT, SUBGRAPHS, subgraphInfo, type SubgraphName } from './topology.js';

/**
 * Every process reads its environment here, once, at start-up, into a typed and validated object.
 * Nothing else in the code base reads process.env. Errors name the environment variable to fix.
 */

export type Env = Record<string, string | undefined>;

const port = z.coerce.number().int().min(0).max(65535);
const mode = z.enum(['development', 'production', 'test']);
const logLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);
const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

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
    throw new ConfigError(
      result.error.issues.map((i) => `${i.path.join('.')}: ${i.message} (got ${JSON.stringify(input[String(i.path[0])])})`),
    );
  }
  return result.data;
}

/** A database URL: postgres:// or postgresql://, or a SQLite file path (no other scheme). */
const databaseUrl = z.string().refine((v) => /^postgres(ql)?:\/\/[^/]/i.test(v) || !/^[a-z][a-z0-9+.-]*:\/\//i.test(v), {
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
  /** Verifies the identity the gateway signs for each request. */
  internalSecret: string;
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
    INTERNAL_SECRET: secret.optional(),
    LOG_LEVEL: logLevel.default('info'),
  }) as Record<string, unknown>;
  return {
    name,
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

const secret = z.string().min(32, 'at least 32 characters (e.g. openssl rand -base64 32)');

/** The gateway–subgraph secret: configured, or in development generated once under data/keys/. */
function internalSecret(e: Record<string, unknown>): string {
  if (e.INTERNAL_SECRET) return e.INTERNAL_SECRET as string;
  if (e.NODE_ENV === 'production')
    throw new ConfigError(['INTERNAL_SECRET: required in production (the secret the gateway signs identities with)']);
  return devSecret(e.DATA_DIR as string, 'internal');
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
  /** How callers' bearer tokens are verified. */
  jwt: JwtConfig;
  /** Signs the identity passed to subgraphs. */
  internalSecret: string;
  /** Query limits (enforced by gateway/limits.ts). */
  limits: Limits;
  /** Answer introspection (default: on, except in production). */
  introspection: boolean;
  /** Accept only the operations of schema/operations/manifest.json. */
  safelist: boolean;
  logLevel: LogLevel;
}

/** Query limits of the gateway, with their documented defaults. */
export interface Limits {
  /** Deepest field nesting. */
  maxDepth: number;
  /** Aliased fields in one operation. */
  maxAliases: number;
  /** Directives in one operation. */
  maxDirectives: number;
  /** Lexical tokens in one document. */
  maxTokens: number;
  /** Estimated objects an operation may produce (see gateway/limits.ts, `operationCost`). */
  maxCost: number;
}

export const DEFAULT_LIMITS: Limits = { maxDepth: 12, maxAliases: 15, maxDirectives: 10, maxTokens: 5_000, maxCost: 500_000 };

/** One of: a shared HS256 secret, a PEM public key (RS256 or ES256), or a JWKS file. */
export type JwtConfig = (
  | { kind: 'secret'; secret: string }
  | { kind: 'public-key'; pem: string; alg: 'RS256' | 'ES256' }
  | { kind: 'jwks'; jwks: { keys: object[] } }
) & { issuer?: string; audience?: string };

export function loadGatewayConfig(env: Env): GatewayConfig {
  const urlVars = Object.fromEntries(
    SUBGRAPHS.map((s) => [`${s.envPrefix}_URL`, httpUrl.default(`http://127.0.0.1:${s.defaultPort}/graphql`)]),
  );
  const e = readEnv(env, {
    NODE_ENV: mode.default('development'),
    // Loopback by default: a developer's machine serves nobody else. GATEWAY_HOST=0.0.0.0 serves a network.
    GATEWAY_HOST: z.string().default('127.0.0.1'),
    GATEWAY_PORT: port.default(GATEWAY_DEFAULT_PORT),
    SUPERGRAPH_PATH: z.string().default(path.join('schema', 'supergraph.graphql')),
    SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(10_000),
    EXPLORER: bool.optional(),
    LOG_LEVEL: logLevel.default('info'),
    DATA_DIR: z.string().default('data'),
    JWT_SECRET: secret.optional(),
    JWT_PUBLIC_KEY_FILE: z.string().optional(),
    JWT_ALG: z.enum(['RS256', 'ES256']).default('RS256'),
    JWT_JWKS_FILE: z.string().optional(),
    JWT_ISSUER: z.string().optional(),
    JWT_AUDIENCE: z.string().optional(),
    INTERNAL_SECRET: secret.optional(),
    MAX_DEPTH: z.coerce.number().int().min(2).max(100).default(DEFAULT_LIMITS.maxDepth),
    MAX_ALIASES: z.coerce.number().int().min(0).max(1000).default(DEFAULT_LIMITS.maxAliases),
    MAX_DIRECTIVES: z.coerce.number().int().min(0).max(1000).default(DEFAULT_LIMITS.maxDirectives),
    MAX_TOKENS: z.coerce.number().int().min(100).max(1_000_000).default(DEFAULT_LIMITS.maxTokens),
    MAX_COST: z.coerce.number().int().min(10).max(100_000_000).default(DEFAULT_LIMITS.maxCost),
    INTROSPECTION: bool.optional(),
    SAFELIST: bool.default(false),
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
    jwt: jwtConfig(e),
    internalSecret: internalSecret(e),
    limits: {
      maxDepth: e.MAX_DEPTH as number,
      maxAliases: e.MAX_ALIASES as number,
      maxDirectives: e.MAX_DIRECTIVES as number,
      maxTokens: e.MAX_TOKENS as number,
      maxCost: e.MAX_COST as number,
    },
    introspection: (e.INTROSPECTION as boolean | undefined) ?? e.NODE_ENV !== 'production',
    safelist: e.SAFELIST as boolean,
    logLevel: e.LOG_LEVEL as LogLevel,
  };
}

function readKeyFile(variable: string, file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    throw new ConfigError([`${variable}: cannot read ${file}`]);
  }
}

function jwtConfig(e: Record<string, unknown>): JwtConfig {
  const given = ['JWT_SECRET', 'JWT_PUBLIC_KEY_FILE', 'JWT_JWKS_FILE'].filter((k) => e[k]);
  if (given.length > 1) throw new ConfigError([`${given.join(', ')}: configure one way to verify tokens, not ${given.length}`]);
  const claims = { issuer: e.JWT_ISSUER as string | undefined, audience: e.JWT_AUDIENCE as string | undefined };
  if (e.JWT_PUBLIC_KEY_FILE) {
    return {
      kind: 'public-key',
      pem: readKeyFile('JWT_PUBLIC_KEY_FILE', e.JWT_PUBLIC_KEY_FILE as string),
      alg: e.JWT_ALG as 'RS256' | 'ES256',
      ...claims,
    };
  }
  if (e.JWT_JWKS_FILE) {
    const text = readKeyFile('JWT_JWKS_FILE', e.JWT_JWKS_FILE as string);
    let jwks: { keys?: unknown };
    try {
      jwks = JSON.parse(text) as { keys?: unknown };
    } catch {
      throw new ConfigError(['JWT_JWKS_FILE: not JSON']);
    }
    if (!Array.isArray(jwks.keys) || jwks.keys.length === 0)
      throw new ConfigError(['JWT_JWKS_FILE: a JSON Web Key Set needs a non-empty "keys" array']);
    return { kind: 'jwks', jwks: { keys: jwks.keys as object[] }, ...claims };
  }
  if (e.JWT_SECRET) return { kind: 'secret', secret: e.JWT_SECRET as string, ...claims };
  if (e.NODE_ENV === 'production') {
    throw new ConfigError(['JWT_SECRET, JWT_PUBLIC_KEY_FILE or JWT_JWKS_FILE: required in production (how bearer tokens are verified)']);
  }
  return { kind: 'secret', secret: devSecret(e.DATA_DIR as string, 'jwt-dev'), ...claims };
}
