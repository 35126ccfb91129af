import { NotReady } from '../kit/server.js';

/** How long the gateway's `/ready` waits for one subgraph's own `/ready`. */
export const SUBGRAPH_READY_TIMEOUT_MS = 1_000;

export type SubgraphState = 'reachable' | 'unreachable';

/** A subgraph's readiness URL from its GraphQL URL: `http://h:4002/graphql` → `http://h:4002/ready`. */
export function readyUrl(graphqlUrl: string): string {
  const url = new URL(graphqlUrl);
  url.pathname = `${url.pathname.replace(/\/graphql\/?$/, '')}/ready`;
  url.search = '';
  return url.toString();
}

async function probe(graphqlUrl: string, timeoutMs: number): Promise<SubgraphState> {
  try {
    const res = await fetch(readyUrl(graphqlUrl), { signal: AbortSignal.timeout(timeoutMs) });
    await res.arrayBuffer();
    return res.ok ? 'reachable' : 'unreachable';
  } catch {
    return 'unreachable';
  }
}

/**
 * The gateway's readiness: the own `/ready` of each subgraph it routes to (`subgraphUrls`, read at each call), asked at once, in parallel, and what the
 * features add (`circuits`: each subgraph's circuit breaker, closed, open or half-open). The gateway serves
 * while any subgraph does (the fields of a missing one fail on their own), so it is ready, `degraded`
 * when some are unreachable, and not ready (503) only when none is reachable.
 */
export function gatewayReadiness(
  subgraphUrls: Readonly<Record<string, string>>,
  parts: readonly (() => Record<string, unknown>)[] = [],
  timeoutMs = SUBGRAPH_READY_TIMEOUT_MS,
) {
  return async (): Promise<Record<string, unknown>> => {
    const routes = Object.entries(subgraphUrls);
    const names = routes.map(([name]) => name);
    const states = await Promise.all(routes.map(([, url]) => probe(url, timeoutMs)));
    const subgraphs = Object.fromEntries(names.map((n, i) => [n, states[i]]));
    // What the features add (each subgraph's circuit), after the probes: the state they left.
    const extra = Object.assign({}, ...parts.map((part) => part()));
    const reachable = states.filter((s) => s === 'reachable').length;
    if (reachable === 0) throw new NotReady('no subgraph is reachable', { subgraphs, ...extra });
    return { degraded: reachable < names.length, subgraphs, ...extra };
  };
}
