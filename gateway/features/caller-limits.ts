import type { Request, Response } from 'express';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { GatewayErrorCode } from '../errors.js';
import type { GatewayFeature } from './feature.js';

/**
 * No caller can starve the others: each caller — a signed-in user by their token's `sub`, the public by
 * its address, from `X-Forwarded-For` only behind a proxy `GATEWAY_TRUST_PROXY` names — may send
 * `perMinute` requests a minute (rate-limiter-flexible: a 60 s window from the caller's first request)
 * and have `concurrent` requests in flight at once. One more is a 429 RATE_LIMITED with `Retry-After`
 * and which limit it met, before anything is parsed. The token is verified as /graphql verifies it (a
 * forged `sub` cannot spend another caller's budget); a bad token passes through to be refused there.
 *
 * The requests a minute are counted where `limiter` counts them: in Redis with `REDIS_URL`, once for
 * every gateway replica (features/shared-state.ts), else in this process. The requests in flight are
 * this process's own (a caller's `concurrent` is per replica): a count held in Redis would outlive a
 * replica that died with requests open.
 */
export interface CallerLimitsOptions {
  /** Requests a minute per caller (`RATE_LIMIT_PER_MINUTE`). */
  perMinute: number;
  /** Requests in flight at once per caller (`MAX_CONCURRENT_PER_CALLER`). */
  concurrent: number;
  /** Counts the requests a minute (`perMinute` a 60 s window); default: in this process. */
  limiter?: (points: number, durationSeconds: number) => RateLimiterAbstract;
}

export const DEFAULTS: Omit<CallerLimitsOptions, 'limiter'> = { perMinute: 600, concurrent: 8 };

function refuse(res: Response, limit: 'rate' | 'concurrency', retryAfterSeconds: number, message: string): void {
  res.setHeader('retry-after', String(retryAfterSeconds));
  res.status(429).json({ errors: [{ message, extensions: { code: GatewayErrorCode.RATE_LIMITED, limit, retryAfterSeconds } }] });
}

export function useCallerLimits(options: Partial<CallerLimitsOptions> = {}): GatewayFeature {
  const o = { ...DEFAULTS, ...options };
  const rate = o.limiter ? o.limiter(o.perMinute, 60) : new RateLimiterMemory({ points: o.perMinute, duration: 60 });
  const inFlight = new Map<string, number>();
  return {
    name: 'caller-limits',
    routes: (app, gateway) => {
      app.use('/graphql', async (req: Request, res: Response, next) => {
        let key: string;
        try {
          const who = await gateway.identify(req);
          key = who.sub ? `sub:${who.sub}` : `addr:${req.ip ?? req.socket.remoteAddress ?? 'unknown'}`;
        } catch {
          return next(); // a bad token: /graphql answers it with 401
        }
        try {
          await rate.consume(key);
        } catch (err) {
          if (!(err instanceof RateLimiterRes)) return next(err);
          const seconds = Math.max(1, Math.ceil(err.msBeforeNext / 1000));
          return refuse(res, 'rate', seconds, `Too many requests: at most ${o.perMinute} a minute per caller; try again in ${seconds} s.`);
        }
        const now = inFlight.get(key) ?? 0;
        if (now >= o.concurrent) {
          return refuse(res, 'concurrency', 1, `Too many requests at once: at most ${o.concurrent} in flight per caller.`);
        }
        inFlight.set(key, now + 1);
        let done = false;
        const release = () => {
          if (done) return;
          done = true;
          const left = (inFlight.get(key) ?? 1) - 1;
          if (left > 0) inFlight.set(key, left);
          else inFlight.delete(key);
        };
        res.once('finish', release);
        res.once('close', release);
        next();
      });
    },
  };
}
