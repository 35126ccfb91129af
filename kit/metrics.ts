import { Counter, Registry, collectDefaultMetrics } from 'prom-client';

/** One Prometheus registry per process, served at /metrics (prom-client). */
export const registry = new Registry();
collectDefaultMetrics({ register: registry });

export const sqlStatements = new Counter({
  name: 'venue_graph_sql_statements_total',
  help: 'SQL statements sent to the database',
  labelNames: ['subgraph'] as const,
  registers: [registry],
});

export const graphqlRequests = new Counter({
  name: 'venue_graph_graphql_requests_total',
  help: 'GraphQL requests handled, by outcome',
  labelNames: ['service', 'outcome'] as const,
  registers: [registry],
});
