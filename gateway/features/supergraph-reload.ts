import fs from 'node:fs/promises';
import type { SupergraphSdlHook } from '@apollo/gateway';
import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { QueryPlanner } from '@apollo/query-planner';
import { Kind, parse } from 'graphql';
import { Counter, Gauge } from 'prom-client';
import type { Logger } from '../../kit/logger.js';
import { registry } from '../../kit/metrics.js';
import { sha256 } from '../trusted-documents.js';
import type { GatewayFeature, QueryPlanCache } from './feature.js';

/**
 * Hot reload of the supergraph: the gateway polls its file (`SUPERGRAPH_POLL_MS`; polling a fingerprint,
 * not file events, so that it works on mounted volumes and ConfigMaps), and on a change checks the new
 * one — it must build as a supergraph, and every committed operation must still plan over it — before
 * @apollo/gateway swaps to it. Requests already running finish on the old schema and plans. A file that
 * fails the check leaves the old supergraph serving; the log and `venue_graph_supergraph_reloads_total
 * {result="refused"}` say why. After the swap (which empties @apollo/gateway's plan cache) the plans of
 * the committed operations, in each form a client sends them, are put in the cache at once, so the
 * first requests after a reload do not each wait on the planner.
 */
export interface SupergraphReloadOptions {
  /** How often to read the file, in ms; 0: never (the supergraph read at start serves until restart). */
  pollMs: number;
  /** The committed operations, as sent (each form's text), to check and warm the plans of. */
  documents: Iterable<string>;
}

/** What the gateway gives the source of its supergraph. */
export interface SupergraphSourceContext {
  path: string;
  initialSdl: string;
  logger: Logger;
  /** The gateway's plan cache, when a feature owns it (features/metrics.ts): warmed after a reload. */
  planCache?: QueryPlanCache;
}

const reloads = new Counter({
  name: 'venue_graph_supergraph_reloads_total',
  help: 'Changes of the supergraph file the gateway saw, by result (applied, refused: it kept the old one)',
  labelNames: ['result'] as const,
  registers: [registry],
});
const loadedAt = new Gauge({
  name: 'venue_graph_supergraph_loaded_timestamp_seconds',
  help: 'When the supergraph the gateway serves was loaded (Unix time)',
  registers: [registry],
});

/** Plans each committed document over a supergraph: throws, naming the operation, if one no longer plans. */
function planAll(sdl: string, documents: readonly string[]) {
  const supergraph = Supergraph.build(sdl);
  const api = supergraph.apiSchema();
  const planner = new QueryPlanner(supergraph);
  return documents.map((text) => {
    const document = parse(text);
    const op = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
    const name = op?.kind === Kind.OPERATION_DEFINITION ? op.name?.value : undefined;
    try {
      return { text, name, plan: planner.buildQueryPlan(operationFromDocument(api, document)) };
    } catch (err) {
      throw new Error(`the committed operation ${name ?? '(anonymous)'} does not plan over it: ${(err as Error).message.split('\n')[0]}`);
    }
  });
}

/** The keys @apollo/gateway stores a plan under: the query's SHA-256, with the operation name when the request sends one. */
function planKeys(text: string, name: string | undefined): string[] {
  const queryHash = sha256(text);
  return name ? [queryHash, sha256(queryHash + name)] : [queryHash];
}

export function useSupergraphReload(options: SupergraphReloadOptions): GatewayFeature {
  const documents = [...new Set(options.documents)];
  const source =
    (ctx: SupergraphSourceContext): SupergraphSdlHook =>
    async ({ update }) => {
      let current = sha256(ctx.initialSdl);
      loadedAt.set(Date.now() / 1000);
      const warm = async (plans: ReturnType<typeof planAll>) => {
        if (!ctx.planCache) return;
        for (const { text, name, plan } of plans) for (const key of planKeys(text, name)) await ctx.planCache.set(key, plan);
      };
      let checking = false;
      const check = async () => {
        if (checking) return;
        checking = true;
        try {
          const sdl = await fs.readFile(ctx.path, 'utf8').catch((err: NodeJS.ErrnoException) => {
            throw new Error(`cannot read it (${err.code ?? err.message})`);
          });
          const next = sha256(sdl);
          if (next === current) return;
          current = next; // judged once: a refused file is not tried again until it changes
          let plans: ReturnType<typeof planAll>;
          try {
            plans = planAll(sdl, documents);
          } catch (err) {
            reloads.inc({ result: 'refused' });
            ctx.logger.error(
              { path: ctx.path, fingerprint: next.slice(0, 12), reason: (err as Error).message.slice(0, 600) },
              'new supergraph refused: the old one keeps serving',
            );
            return;
          }
          update(sdl);
          await warm(plans);
          reloads.inc({ result: 'applied' });
          loadedAt.set(Date.now() / 1000);
          ctx.logger.info({ path: ctx.path, fingerprint: next.slice(0, 12), warmedPlans: plans.length }, 'supergraph reloaded');
        } catch (err) {
          ctx.logger.error(
            { path: ctx.path, reason: (err as Error).message.slice(0, 600) },
            'supergraph check failed: the old one keeps serving',
          );
        } finally {
          checking = false;
        }
      };
      const timer = options.pollMs > 0 ? setInterval(() => void check(), options.pollMs) : undefined;
      timer?.unref();
      return { supergraphSdl: ctx.initialSdl, cleanup: async () => clearInterval(timer) };
    };
  return { name: 'supergraph-reload', supergraphSource: source };
}
