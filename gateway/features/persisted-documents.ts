import type { KeyValueCache, KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import express, { type NextFunction, type Request, type Response } from 'express';
import { MAX_BODY_BYTES } from '../../kit/server.js';
import { persistedDocumentNotFound } from '../errors.js';
import type { TrustedDocuments } from '../trusted-documents.js';
import type { GatewayFeature } from './feature.js';

/**
 * A committed operation sent by its hash alone runs, in either convention:
 *
 * - Apollo's persisted queries: `extensions: { persistedQuery: { version: 1, sha256Hash } }` and no
 *   `query` (Apollo Client's persisted-query link, GraphQL Code Generator's persisted documents sent the
 *   Apollo way). Apollo Server's own automatic persisted queries stay on: the cache below answers the
 *   committed operations' hashes first, then what clients registered.
 * - Persisted documents (GraphQL over HTTP, Appendix A): `documentId: "sha256:<hex>"` and no `query`.
 *   An unknown `documentId` is a 400 PERSISTED_QUERY_NOT_FOUND.
 *
 * The hashes are those of gateway/trusted-documents.ts: of the document in each form a client sends it.
 */

/** Apollo Server's APQ cache, prefixed "apq:" by Apollo: the trusted documents first, then what clients registered. */
class TrustedFirstCache implements KeyValueCache<string> {
  constructor(
    private readonly trusted: TrustedDocuments,
    private readonly registered: KeyValueCache<string>,
  ) {}
  async get(key: string): Promise<string | undefined> {
    return this.trusted.byHash.get(key.replace(/^apq:/, '')) ?? this.registered.get(key);
  }
  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    await this.registered.set(key, value, options);
  }
  async delete(key: string): Promise<boolean> {
    return (await this.registered.delete(key)) ?? false;
  }
}

export interface PersistedDocumentsOptions {
  /** The trusted documents of schema/operations/manifest.json (no default: features/index.ts loads them). */
  documents: TrustedDocuments;
  /** Where the operations clients register are kept: this process, or Redis for every replica (features/shared-state.ts). */
  registered: KeyValueCache<string>;
  /** How long a registered operation is kept, in seconds (`PERSISTED_QUERY_TTL_S`). */
  ttlSeconds: number;
}

const DOCUMENT_ID = /^(?:sha256:)?([0-9a-f]{64})$/;

export function usePersistedDocuments(options: PersistedDocumentsOptions): GatewayFeature {
  const trusted = options.documents;
  const cache = new TrustedFirstCache(trusted, options.registered);
  return {
    name: 'persisted-documents',
    apolloOptions: { persistedQueries: { cache, ttl: options.ttlSeconds } },
    routes: (app) => {
      app.use('/graphql', express.json({ limit: MAX_BODY_BYTES }), (req: Request, res: Response, next: NextFunction) => {
        const body = req.body as { documentId?: unknown; query?: unknown } | undefined;
        if (!body || typeof body !== 'object' || body.documentId === undefined || body.query !== undefined) return next();
        const hash = typeof body.documentId === 'string' ? DOCUMENT_ID.exec(body.documentId)?.[1] : undefined;
        const document = hash ? trusted.byHash.get(hash) : undefined;
        if (!document) {
          const refusal = persistedDocumentNotFound(String(body.documentId).slice(0, 100));
          res.status(400).json({ errors: [{ message: refusal.message, extensions: { code: refusal.code } }] });
          return;
        }
        const { documentId: _id, ...rest } = body;
        void _id;
        req.body = { ...rest, query: document };
        next();
      });
    },
  };
}
