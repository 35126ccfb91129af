import { describe } from 'vitest';
import { type Backend, PG_URL } from './databases.js';

/**
 * A suite per backend, `%s` in the name standing for it. Without PG_URL the PostgreSQL suite is still
 * declared, skipped, so the reporter counts its tests as skipped instead of leaving them out. (The body
 * runs at collection either way: keep expensive work in hooks or in lazily computed module values.)
 */
export function describeBackends(name: string, body: (backend: Backend) => void): void {
  for (const backend of ['sqlite', 'postgres'] as const) {
    describe.skipIf(backend === 'postgres' && !PG_URL)(name.replace('%s', backend), () => body(backend));
  }
}
