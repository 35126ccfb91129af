import type { KeyValueCache, KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { Redis } from 'ioredis';
import { Counter, Gauge } from 'prom-client';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';
import { ConfigError } from '../../kit/config.js';
import type { Logger } from '../../kit/logger.js';
import { registry } from '../../kit/metrics.js';
import { redactUrl } from '../../kit/redact.js';
import { DEFAULT_SHARED_STATE } from '../config.js';
import type { GatewayFeature } from './feature.js';

/**
 * What gateway replicas share: the persisted queries clients registered (Apollo's automatic persisted
 * queries) and the callers' rate-limit counters. With `REDIS_URL` both live in Redis (ioredis; the
 * counters through rate-limiter-flexible's RateLimiterRedis, its atomic INCR-with-expiry script), so a
 * hash registered through one replica runs through another, and a caller's requests a minute are
 * counted once whichever replica they reach. Without it both stay in this process, as before.
 *
 * Redis is asked on the request path, so it is never allowed to fail a request: commands are not queued
 * while it is away (`enableOfflineQueue: false`) and time out after `commandTimeoutMs`; then a cached
 * query is a miss (Apollo answers PERSISTED_QUERY_NOT_FOUND and the client sends the text, as after any
 * expiry), a registration is dropped, and the rate limit falls back to this process's own counters
 * (rate-limiter-flexible's insurance limiter) until Redis is back. Each such fallback is counted in
 * `venue_graph_shared_state_errors_total` and `venue_graph_shared_state_connected` says where the state
 * is. At start, though, a configured Redis must answer: a replica that silently began on its own counters
 * would not behave as one with the others, so the gateway refuses to start, naming REDIS_URL.
 */
export interface SharedStateOptions {
  /** `REDIS_URL` (redis:// or rediss://); none: in process. */
  redisUrl?: string;
  /** `REDIS_KEY_PREFIX`: every key this gateway writes starts with it (several deployments on one Redis). */
  keyPrefix: string;
  /** How long a registered persisted query is kept (`PERSISTED_QUERY_TTL_S`), in seconds. */
  persistedQueryTtlSeconds: number;
  /** Redis: the longest a command may take before the fallback above. */
  commandTimeoutMs?: number;
  /** Redis: the longest the gateway waits for it at start. */
  connectTimeoutMs?: number;
}

export interface SharedState {
  /** Where the state lives. */
  store: 'redis' | 'process';
  /** Apollo Server's cache of registered persisted queries (features/persisted-documents.ts). */
  persistedQueries: KeyValueCache<string>;
  /** A limiter of `points` a `durationSeconds` window per key (features/caller-limits.ts). */
  rateLimiter(name: string, points: number, durationSeconds: number): RateLimiterAbstract;
  /** The feature: connects at start, reports in `/ready`, closes the connection when the gateway stops. */
  feature(): Promise<GatewayFeature>;
}

export const DEFAULTS = {
  ...DEFAULT_SHARED_STATE,
  commandTimeoutMs: 250,
  connectTimeoutMs: 5_000,
} as const;

const connected = new Gauge({
  name: 'venue_graph_shared_state_connected',
  help: 'Where the persisted queries and rate limits live: 1 in Redis and connected, 0 Redis configured but not connected (each replica on its own counters meanwhile); absent without REDIS_URL',
  registers: [registry],
});
const errors = new Counter({
  name: 'venue_graph_shared_state_errors_total',
  help: 'Redis commands of the shared state that failed or timed out and fell back (a cache miss, a registration dropped, a process-local rate count), by use',
  labelNames: ['use'] as const,
  registers: [registry],
});

/** The in-process state: Apollo Server's own default cache (30 MiB of operation text, least recently used out first). */
function inProcess(): SharedState {
  return {
    store: 'process',
    persistedQueries: new InMemoryLRUCache<string>(),
    rateLimiter: (_name, points, duration) => new RateLimiterMemory({ points, duration }),
    feature: async () => ({ name: 'shared-state', readiness: () => ({ sharedState: { store: 'process' } }) }),
  };
}

/** Apollo's KeyValueCache over Redis: values with a time to live, errors counted and taken as a miss. */
class RedisCache implements KeyValueCache<string> {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly defaultTtlSeconds: number,
    private readonly onError: (err: unknown) => void,
  ) {}
  async get(key: string): Promise<string | undefined> {
    try {
      return (await this.redis.get(this.prefix + key)) ?? undefined;
    } catch (err) {
      this.onError(err);
      return undefined;
    }
  }
  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    // Apollo's `ttl: null` means "never expires"; this cache still bounds it, Redis is shared memory.
    const ttl = Math.max(1, Math.ceil(options?.ttl ?? this.defaultTtlSeconds));
    try {
      await this.redis.set(this.prefix + key, value, 'EX', ttl);
    } catch (err) {
      this.onError(err);
    }
  }
  async delete(key: string): Promise<boolean> {
    try {
      return (await this.redis.del(this.prefix + key)) > 0;
    } catch (err) {
      this.onError(err);
      return false;
    }
  }
}

function inRedis(url: string, o: Required<Omit<SharedStateOptions, 'redisUrl'>>): SharedState {
  const redis = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: o.commandTimeoutMs,
    connectTimeout: o.connectTimeoutMs,
    // Reconnect for as long as the gateway runs, at most every 2 s.
    retryStrategy: (attempt) => Math.min(attempt * 100, 2_000),
  });
  let logger: Logger | undefined;
  let lastError = '';
  let closing = false;
  redis.on('error', (err: Error) => {
    lastError = err.message;
  });
  // Logged once each way, not at every reconnection attempt.
  let up = false;
  redis.on('ready', () => {
    connected.set(1);
    if (!up && logger) logger.info({ redis: redactUrl(url) }, 'shared state: Redis connected');
    up = true;
  });
  redis.on('close', () => {
    connected.set(0);
    if (up && logger && !closing)
      logger.warn(
        { redis: redactUrl(url), error: lastError || undefined },
        'shared state: Redis lost; each replica counts on its own until it is back',
      );
    up = false;
  });
  const failed = (use: string) => (err: unknown) => {
    errors.inc({ use });
    logger?.debug({ err }, `shared state: Redis ${use} failed`);
  };
  return {
    store: 'redis',
    persistedQueries: new RedisCache(redis, `${o.keyPrefix}apq:`, o.persistedQueryTtlSeconds, failed('persisted-queries')),
    rateLimiter: (name, points, duration) => {
      // Counted in process while Redis is away (the insurance limiter), never refused for Redis's sake.
      const insurance = new RateLimiterMemory({ points, duration });
      const limiter = new RateLimiterRedis({
        storeClient: redis,
        keyPrefix: `${o.keyPrefix}rate:${name}`,
        points,
        duration,
        rejectIfRedisNotReady: true,
        insuranceLimiter: insurance,
      });
      // rate-limiter-flexible calls the insurance limiter without saying so: count each fallback here.
      const consume = insurance.consume.bind(insurance);
      insurance.consume = (...args: Parameters<typeof consume>) => {
        errors.inc({ use: 'rate-limit' });
        return consume(...args);
      };
      return limiter;
    },
    feature: async () => {
      connected.set(0);
      try {
        await redis.connect();
      } catch {
        redis.disconnect();
        throw new ConfigError([`REDIS_URL: cannot reach Redis at ${redactUrl(url)}${lastError ? ` (${lastError})` : ''}`]);
      }
      return {
        name: 'shared-state',
        readiness: () => ({ sharedState: { store: 'redis', connected: redis.status === 'ready' } }),
        // The gateway's logger, once it runs (connection changes after start are logged).
        routes: (_app, gateway) => {
          logger = gateway.logger;
          logger.info({ redis: redactUrl(url), keyPrefix: o.keyPrefix }, 'shared state in Redis');
        },
        plugins: [
          {
            serverWillStart: async () => ({
              serverWillStop: async () => {
                closing = true;
                await redis.quit().catch(() => redis.disconnect());
              },
            }),
          },
        ],
      };
    },
  };
}

/** The shared state `options` describe: in Redis with a URL, else in this process. */
export function openSharedState(options: SharedStateOptions): SharedState {
  if (!options.redisUrl) return inProcess();
  return inRedis(options.redisUrl, {
    keyPrefix: options.keyPrefix,
    persistedQueryTtlSeconds: options.persistedQueryTtlSeconds,
    commandTimeoutMs: options.commandTimeoutMs ?? DEFAULTS.commandTimeoutMs,
    connectTimeoutMs: options.connectTimeoutMs ?? DEFAULTS.connectTimeoutMs,
  });
}
