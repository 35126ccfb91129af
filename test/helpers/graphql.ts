import type { GraphQLFormattedError } from 'graphql';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  data?: T | null;
  errors?: GraphQLFormattedError[];
}

/** Headers sent by default to a server (e.g. the gateway's signed identity for a subgraph under test). */
const defaults = new Map<string, () => Promise<Record<string, string>>>();

export function setDefaultHeaders(url: string, headers: (() => Promise<Record<string, string>>) | null): void {
  if (headers) defaults.set(url, headers);
  else defaults.delete(url);
}

/** POSTs one GraphQL operation over real HTTP. */
export async function post<T = Record<string, any>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const base = (await defaults.get(url)?.()) ?? {};
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...base, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: GraphQLFormattedError[] };
  return { status: res.status, headers: res.headers, data: body.data, errors: body.errors };
}

/** POSTs and fails the test with the errors if there are any. */
export async function query<T = Record<string, any>>(
  url: string,
  q: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<T> {
  const res = await post<T>(url, q, variables, headers);
  if (res.errors?.length || res.status !== 200) {
    throw new Error(`GraphQL request failed (HTTP ${res.status}): ${JSON.stringify(res.errors)}`);
  }
  return res.data as T;
}

/** The lines of a Prometheus scrape at `metricsUrl` that start with `prefix` (a name, or a name and `{labels}`). */
export async function metricLines(metricsUrl: string, prefix: string): Promise<string[]> {
  const text = await (await fetch(metricsUrl)).text();
  return text.split('\n').filter((l) => l.startsWith(prefix));
}

/** The sum of every series of a counter (`name{`) a process behind a GraphQL URL serves on its own port's /metrics. */
export async function counterSum(graphqlUrl: string, name: string): Promise<number> {
  const lines = await metricLines(graphqlUrl.replace(/\/graphql$/, '/metrics'), `${name}{`);
  return lines.reduce((sum, l) => sum + Number(l.split(' ').pop()), 0);
}

/** The SQL statements run so far by the process behind a URL (every database it has), from its /metrics. */
export function sqlStatementCount(graphqlUrl: string): Promise<number> {
  return counterSum(graphqlUrl, 'venue_graph_sql_statements_total');
}
