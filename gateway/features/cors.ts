import cors from 'cors';
import type { NextFunction, Request, Response } from 'express';
import { REQUEST_ID_HEADER } from '../../kit/server.js';
import { corsOriginRefused } from '../errors.js';
import type { GatewayFeature } from './feature.js';

/**
 * Cross-origin calls from browser pages (the `cors` middleware of the Express project): a page on an
 * allowed origin may call /graphql and the gateway's other routes; its preflight (OPTIONS) is answered
 * here, before Apollo's CSRF protection, which stays on for everything else (a cross-site "simple"
 * request — a form post, text/plain, a GET without a custom header — is still refused).
 *
 * Credentials: none. Callers authenticate with a bearer token in the `Authorization` header, never a
 * cookie, so the gateway never sends `Access-Control-Allow-Credentials`; a page that fetches with
 * `credentials: 'include'` is refused by its browser. An origin not allowed gets no CORS headers (its
 * browser keeps the answer from the page), and its preflight a 403 that says why.
 */
export interface CorsOptions {
  /** Exact origins (`scheme://host[:port]`) allowed to call: `CORS_ORIGINS`, comma-separated. */
  origins: string[];
  /**
   * Also allow every loopback origin, any port (`http://localhost:5173`, `http://127.0.0.1:3000`,
   * `http://[::1]:8080`): a developer's own pages. features/index.ts turns it on outside production.
   */
  allowLoopback: boolean;
  /** How long a browser may reuse a preflight answer, in seconds (Chromium caps it at 7,200). */
  maxAgeSeconds: number;
}

export const DEFAULTS: CorsOptions = {
  /** None: in production only what `CORS_ORIGINS` names may call from a browser. */
  origins: [],
  /** Off; on outside production (features/index.ts). */
  allowLoopback: false,
  /** Ten minutes. */
  maxAgeSeconds: 600,
};

/** The request headers a page may send: JSON, the token, Apollo's CSRF and operation-name headers, a request id. */
export const ALLOWED_HEADERS = ['content-type', 'authorization', 'apollo-require-preflight', 'x-apollo-operation-name', REQUEST_ID_HEADER];

const LOOPBACK = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/;

export function useCors(options: Partial<CorsOptions> = {}): GatewayFeature {
  const o = { ...DEFAULTS, ...options };
  const allowed = new Set(o.origins);
  const isAllowed = (origin: string) => allowed.has(origin) || (o.allowLoopback && LOOPBACK.test(origin));
  const middleware = cors({
    origin: (origin, callback) => callback(null, origin !== undefined && isAllowed(origin)),
    methods: ['GET', 'POST'],
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: [REQUEST_ID_HEADER],
    credentials: false,
    maxAge: o.maxAgeSeconds,
    optionsSuccessStatus: 204,
  });
  return {
    name: 'cors',
    routes: (app) => {
      app.use((req: Request, res: Response, next: NextFunction) => {
        const origin = req.header('origin');
        // A preflight from an origin not allowed: answered here, so it never reaches Apollo (whose CSRF message would mislead).
        if (req.method === 'OPTIONS' && origin !== undefined && !isAllowed(origin)) {
          const refusal = corsOriginRefused(origin);
          res.status(403).json({ errors: [{ message: refusal.message, extensions: { code: refusal.code } }] });
          return;
        }
        middleware(req, res, next);
      });
    },
  };
}
