import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import {
  bool,
  ConfigError,
  type Env,
  httpUrl,
  internalSecret,
  type LogLevel,
  logLevel,
  type Mode,
  mode,
  port,
  readEnv,
  secret,
} from '../kit/config.js';
import { devSecret } from '../kit/keys.js';
import { GATEWAY_DEFAULT_PORT, SUBGRAPHS, type SubgraphName } from '../kit/topology.js';
import { DEFAULT_HTTP_LIMITS } from '../kit/http-limits.js';

/**
 * The gateway's configuration: read once at start-up from the environment (validated with zod; an
 * invalid value stops the process naming the variable, never echoing a secret). Only the gateway
 * reads it; the shared pieces (readEnv, ConfigError, the internal secret) are in kit/config.ts.
 */

export interface GatewayConfig {
  mode: Mode;
  host: string;
  port: number;
  supergraphPath: string;
  /** Where each subgraph listens; overrides the routing URLs written in the supergraph. */
  subgraphUrls: Record<SubgraphName, string>;
  /** `/metrics`, off the public port (`GATEWAY_METRICS_HOST`, `GATEWAY_METRICS_PORT`; 0 picks a free port). */
  metrics: { host: string; port: number };
  /** Connection limits of the public port. */
  http: { headersTimeoutMs: number; requestTimeoutMs: number; maxConnections: number };
  /** Whose `X-Forwarded-For` gives the caller's address (`GATEWAY_TRUST_PROXY`; none by default). */
  trustProxy?: number | string;
  /** Per caller: requests a minute and in flight (features/caller-limits.ts). */
  callerLimits: { perMinute: number; concurrent: number };
  /** Where replicas' persisted queries and rate limits live (features/shared-state.ts): `REDIS_URL`, or this process. */
  sharedState: { redisUrl?: string; keyPrefix: string; persistedQueryTtlSeconds: number };
  /** Each subgraph's circuit breaker (features/subgraph-circuit.ts). */
  circuit: { failures: number; halfOpenAfterMs: number };
  /** Abort a subgraph request that takes longer than this (`SUBGRAPH_TIMEOUT_MS`). */
  subgraphTimeoutMs: number;
  /** How often the gateway reads its supergraph file for a change (`SUPERGRAPH_POLL_MS`; 0: never). */
  supergraphPollMs: number;
  /** Each subgraph's own limit where one is set (`FACILITIES_TIMEOUT_MS`, `SOCIAL_WORK_TIMEOUT_MS`…), else subgraphTimeoutMs. */
  subgraphTimeouts: Partial<Record<SubgraphName, number>>;
  /** Serve the GraphiQL explorer at `/` (default: on, except in production). */
  explorer: boolean;
  /** How callers' bearer tokens are verified. */
  jwt: JwtConfig;
  /** Signs the identity passed to subgraphs. */
  internalSecret: string;
  /** Query limits (enforced by gateway/features/limits.ts and cost.ts). */
  limits: Limits;
  /** Answer introspection (default: on, except in production). */
  introspection: boolean;
  /** Accept only the operations of schema/operations/manifest.json. */
  safelist: boolean;
  /** Origins whose pages may call from a browser (`CORS_ORIGINS`; loopback origins too, except in production). */
  corsOrigins: string[];
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
  /** Estimated objects an operation may produce (see gateway/features/cost.ts, `operationCost`). */
  maxCost: number;
}

export const DEFAULT_LIMITS: Limits = {
  /** `MAX_DEPTH` */
  maxDepth: 12,
  /** `MAX_ALIASES` */
  maxAliases: 15,
  /** `MAX_DIRECTIVES` */
  maxDirectives: 10,
  /** `MAX_TOKENS`: the parser's limit, before any work. */
  maxTokens: 5_000,
  /** `MAX_COST`: the example operations cost 187 (q2) to 252,851 (region-overview). */
  maxCost: 500_000,
};

/** `SUBGRAPH_TIMEOUT_MS`: a subgraph request that takes longer is aborted. */
export const DEFAULT_SUBGRAPH_TIMEOUT_MS = 10_000;

/** Is `v` an origin as a browser sends it: http(s), a host, maybe a port, nothing after? */
function isOrigin(v: string): boolean {
  try {
    const u = new URL(v);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.origin === v && !v.includes('*');
  } catch {
    return false;
  }
}

/** `CORS_ORIGINS`: origins separated by commas, each exactly as a browser sends it (`https://portal.example.gov.cn`). */
const corsOrigins = z
  .string()
  .transform((v) =>
    v
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
  )
  .refine((list) => list.every(isOrigin), {
    message: 'origins separated by commas, each scheme://host[:port] with no path, no trailing slash and no wildcard',
  });

/** One of: a shared HS256 secret, a PEM public key (RS256 or ES256), or a JWKS file. */
export type JwtConfig = (
  | { kind: 'secret'; secret: string }
  | { kind: 'public-key'; pem: string; alg: 'RS256' | 'ES256' }
  | { kind: 'jwks'; jwks: { keys: object[] } }
) & {
  issuer?: string;
  audience?: string;
  /** The longest a token may live, `exp` less `iat` (or less now, without `iat`), in seconds (`JWT_MAX_LIFETIME_S`). */
  maxLifetimeSeconds?: number;
};

/** `GATEWAY_METRICS_PORT`: Prometheus exporters' customary port range; the public port serves no metrics. */
export const DEFAULT_METRICS_PORT = 9464;

/** `SUBGRAPH_CIRCUIT_FAILURES`, `SUBGRAPH_CIRCUIT_HALF_OPEN_MS`: when a subgraph's circuit opens, and for how long. */
export const DEFAULT_CIRCUIT = { failures: 5, halfOpenAfterMs: 2_000 } as const;

/**
 * `REDIS_KEY_PREFIX`: every Redis key the gateway writes starts with it; `PERSISTED_QUERY_TTL_S`: a
 * registered persisted query is kept a day (a client that comes back later registers it again).
 */
export const DEFAULT_SHARED_STATE = { keyPrefix: 'venue-graph:', persistedQueryTtlSeconds: 86_400 } as const;

/** `JWT_MAX_LIFETIME_S`: a token made to live longer than a day is refused, whoever signed it. */
export const DEFAULT_JWT_MAX_LIFETIME_S = 86_400;

/** A subgraph request's time limit, in ms. */
const timeoutMs = z.coerce.number().int().min(100).max(300_000);

export function loadGatewayConfig(env: Env): GatewayConfig {
  const urlVars = Object.fromEntries(
    SUBGRAPHS.map((s) => [`${s.envPrefix}_URL`, httpUrl.default(`http://127.0.0.1:${s.defaultPort}/graphql`)]),
  );
  const timeoutVars = Object.fromEntries(SUBGRAPHS.map((s) => [`${s.envPrefix}_TIMEOUT_MS`, timeoutMs.optional()]));
  const e = readEnv(env, {
    NODE_ENV: mode.default('development'),
    // Loopback by default: a developer's machine serves nobody else. GATEWAY_HOST=0.0.0.0 serves a network.
    GATEWAY_HOST: z.string().default('127.0.0.1'),
    GATEWAY_PORT: port.default(GATEWAY_DEFAULT_PORT),
    SUPERGRAPH_PATH: z.string().default(path.join('schema', 'supergraph.graphql')),
    SUPERGRAPH_POLL_MS: z.coerce.number().int().min(0).max(3_600_000).default(5_000),
    SUBGRAPH_TIMEOUT_MS: timeoutMs.default(DEFAULT_SUBGRAPH_TIMEOUT_MS),
    ...timeoutVars,
    GATEWAY_METRICS_PORT: z.coerce.number().int().min(0).max(65_535).default(DEFAULT_METRICS_PORT),
    GATEWAY_METRICS_HOST: z.string().min(1).default('127.0.0.1'),
    GATEWAY_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(DEFAULT_HTTP_LIMITS.headersTimeoutMs),
    GATEWAY_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(DEFAULT_HTTP_LIMITS.requestTimeoutMs),
    GATEWAY_MAX_CONNECTIONS: z.coerce.number().int().min(1).max(1_000_000).default(DEFAULT_HTTP_LIMITS.maxConnections),
    GATEWAY_TRUST_PROXY: z
      .string()
      .regex(/^(\d{1,2}|[\w.:/, -]+)$/, 'a hop count, or addresses and subnets such as "loopback, 10.0.0.0/8"')
      .optional(),
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
    MAX_CONCURRENT_PER_CALLER: z.coerce.number().int().min(1).max(10_000).default(8),
    REDIS_URL: z
      .string()
      .url()
      .refine((v) => /^rediss?:$/.test(new URL(v).protocol), 'a redis:// or rediss:// URL, such as redis://127.0.0.1:6379')
      .optional(),
    REDIS_KEY_PREFIX: z.string().min(1).max(100).default(DEFAULT_SHARED_STATE.keyPrefix),
    PERSISTED_QUERY_TTL_S: z.coerce.number().int().min(1).max(31_536_000).default(DEFAULT_SHARED_STATE.persistedQueryTtlSeconds),
    SUBGRAPH_CIRCUIT_FAILURES: z.coerce.number().int().min(1).max(1_000).default(DEFAULT_CIRCUIT.failures),
    SUBGRAPH_CIRCUIT_HALF_OPEN_MS: z.coerce.number().int().min(100).max(600_000).default(DEFAULT_CIRCUIT.halfOpenAfterMs),
    EXPLORER: bool.optional(),
    LOG_LEVEL: logLevel.default('info'),
    DATA_DIR: z.string().default('data'),
    JWT_SECRET: secret.optional(),
    JWT_PUBLIC_KEY_FILE: z.string().optional(),
    JWT_ALG: z.enum(['RS256', 'ES256']).default('RS256'),
    JWT_JWKS_FILE: z.string().optional(),
    JWT_ISSUER: z.string().optional(),
    JWT_AUDIENCE: z.string().optional(),
    JWT_MAX_LIFETIME_S: z.coerce.number().int().min(60).max(31_536_000).default(DEFAULT_JWT_MAX_LIFETIME_S),
    INTERNAL_SECRET: secret.optional(),
    MAX_DEPTH: z.coerce.number().int().min(2).max(100).default(DEFAULT_LIMITS.maxDepth),
    MAX_ALIASES: z.coerce.number().int().min(0).max(1000).default(DEFAULT_LIMITS.maxAliases),
    MAX_DIRECTIVES: z.coerce.number().int().min(0).max(1000).default(DEFAULT_LIMITS.maxDirectives),
    MAX_TOKENS: z.coerce.number().int().min(100).max(1_000_000).default(DEFAULT_LIMITS.maxTokens),
    MAX_COST: z.coerce.number().int().min(10).max(100_000_000).default(DEFAULT_LIMITS.maxCost),
    INTROSPECTION: bool.optional(),
    SAFELIST: bool.default(false),
    CORS_ORIGINS: corsOrigins.optional(),
    ...urlVars,
  }) as Record<string, unknown>;
  return {
    mode: e.NODE_ENV as Mode,
    host: e.GATEWAY_HOST as string,
    port: e.GATEWAY_PORT as number,
    supergraphPath: e.SUPERGRAPH_PATH as string,
    supergraphPollMs: e.SUPERGRAPH_POLL_MS as number,
    subgraphUrls: Object.fromEntries(SUBGRAPHS.map((s) => [s.name, e[`${s.envPrefix}_URL`]])) as Record<SubgraphName, string>,
    subgraphTimeoutMs: e.SUBGRAPH_TIMEOUT_MS as number,
    subgraphTimeouts: Object.fromEntries(
      SUBGRAPHS.flatMap((s) => (e[`${s.envPrefix}_TIMEOUT_MS`] === undefined ? [] : [[s.name, e[`${s.envPrefix}_TIMEOUT_MS`] as number]])),
    ),
    metrics: { host: e.GATEWAY_METRICS_HOST as string, port: e.GATEWAY_METRICS_PORT as number },
    http: {
      headersTimeoutMs: e.GATEWAY_HEADERS_TIMEOUT_MS as number,
      requestTimeoutMs: e.GATEWAY_REQUEST_TIMEOUT_MS as number,
      maxConnections: e.GATEWAY_MAX_CONNECTIONS as number,
    },
    trustProxy:
      e.GATEWAY_TRUST_PROXY === undefined
        ? undefined
        : /^\d+$/.test(e.GATEWAY_TRUST_PROXY as string)
          ? Number(e.GATEWAY_TRUST_PROXY)
          : (e.GATEWAY_TRUST_PROXY as string),
    callerLimits: { perMinute: e.RATE_LIMIT_PER_MINUTE as number, concurrent: e.MAX_CONCURRENT_PER_CALLER as number },
    sharedState: {
      redisUrl: e.REDIS_URL as string | undefined,
      keyPrefix: e.REDIS_KEY_PREFIX as string,
      persistedQueryTtlSeconds: e.PERSISTED_QUERY_TTL_S as number,
    },
    circuit: { failures: e.SUBGRAPH_CIRCUIT_FAILURES as number, halfOpenAfterMs: e.SUBGRAPH_CIRCUIT_HALF_OPEN_MS as number },
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
    corsOrigins: (e.CORS_ORIGINS as string[] | undefined) ?? [],
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
  const claims = {
    issuer: e.JWT_ISSUER as string | undefined,
    audience: e.JWT_AUDIENCE as string | undefined,
    maxLifetimeSeconds: e.JWT_MAX_LIFETIME_S as number,
  };
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
