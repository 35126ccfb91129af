import { inject } from 'vitest';
import type { SubgraphName } from '../../kit/topology.js';
import type { Backend } from './databases.js';
import type { TemplateUrls } from './templates.js';

/** What the global setups (test/setup/*.ts) hand to the test files. */
export interface SharedFederation {
  gatewayUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  /** The databases behind the subgraphs, to check what was written (directDb). */
  dbs: { urls: Record<SubgraphName, string> };
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Seeded template databases (scale small, seed 2021) per backend: copy them, never write to them. */
    templates: Partial<Record<Backend, TemplateUrls>>;
    /** The one federation per backend that every end-to-end file shares (e2e project only). */
    federations: Partial<Record<Backend, SharedFederation>>;
  }
}

/** The templates of a backend, when a global setup made them (undefined when the file runs without one). */
export function templatesOf(backend: Backend): TemplateUrls | undefined {
  return inject('templates')?.[backend];
}

/** The shared federation of a backend; call it in a hook or a test, not while collecting. */
export function sharedFederation(backend: Backend): SharedFederation {
  const fed = inject('federations')?.[backend];
  if (!fed) throw new Error(`no shared ${backend} federation: run end-to-end files in the e2e project (vitest --project e2e)`);
  return fed;
}
