import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** One Prometheus registry per process, served at /metrics (prom-client). */
export const registry = new Registry();
collectDefaultMetrics({ register: registry });

export const sqlStatements = new Counter({
  name: 'venue_graph_sql_statements_total',
  help: 'SQL statements sent to the database',
  labelNames: ['subgraph'] as const,
  registers: [registry],
});

/** Seconds buckets for a statement: most take well under a millisecond, a province-wide scan near a second. */
export const sqlStatementSeconds = new Histogram({
  name: 'venue_graph_sql_statement_duration_seconds',
  help: 'Time from sending an SQL statement to its answer (or error), by subgraph and pool (knex: the request pool; scans: searches and aggregates)',
  labelNames: ['subgraph', 'pool', 'outcome'] as const,
  buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});

export const graphqlRequests = new Counter({
  name: 'venue_graph_graphql_requests_total',
  help: 'GraphQL requests handled, by outcome',
  labelNames: ['service', 'outcome'] as const,
  registers: [registry],
});
