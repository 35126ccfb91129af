import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { SubgraphConfig } from './config.js';
import { migrate, openDatabase, type Database, type Migration } from './db.js';
import { createLogger, type Logger } from './logger.js';
import { errorLogging, maskError, serveGraphQL, type RequestContextBase, type RunningServer } from './server.js';
import type { SubgraphName } from './topology.js';

/** What every subgraph provides: the same shape for all five, so knowing one means knowing all. */
export interface SubgraphDefinition<Loaders> {
  name: SubgraphName;
  migrations: readonly Migration[];
  buildSchema(): Promise<GraphQLSchema>;
  /** Per-request DataLoaders over this subgraph's database. */
  createLoaders(db: Database): Loaders;
  /** True when the database already holds data (so start-up does not seed it again). */
  isSeeded(db: Database): Promise<boolean>;
  /** Fills an empty database with the reference data generated from the seed number; returns row counts. */
  seed(db: Database, seed: number): Promise<Record<string, number>>;
}

export type SubgraphContext<Loaders> = RequestContextBase & { loaders: Loaders; db: Database };

export interface RunningSubgraph extends RunningServer {
  db: Database;
  logger: Logger;
}

/** Migrates (and seeds an empty) database, then serves the subgraph over HTTP. */
export async function startSubgraph<L>(def: SubgraphDefinition<L>, config: SubgraphConfig): Promise<RunningSubgraph> {
  const logger = createLogger(`subgraph-${def.name}`, config.logLevel);
  const db = openDatabase(config.databaseUrl, { subgraph: def.name });
  try {
    const applied = await migrate(db, def.migrations);
    if (applied.length) logger.info({ applied, db: db.safeUrl }, 'migrations applied');
    if (config.seedOnStart && !(await def.isSeeded(db))) {
      const started = Date.now();
      const counts = await def.seed(db, config.seed);
      logger.info({ counts, ms: Date.now() - started, seed: config.seed }, 'database seeded');
    }
    const schema = await def.buildSchema();
    const server = await serveGraphQL<SubgraphContext<L>>({
      service: def.name,
      logger,
      host: config.host,
      port: config.port,
      ready: async () => {
        await db.knex.raw('select 1');
      },
      apollo: (drain) =>
        new ApolloServer<SubgraphContext<L>>({
          schema,
          formatError: maskError,
          includeStacktraceInErrorResponses: false,
          stopOnTerminationSignals: false,
          plugins: [
            drain,
            errorLogging(def.name),
            // Inline tracing (ftv1) costs CPU on every request and nothing here reads it.
            ApolloServerPluginInlineTraceDisabled(),
            ApolloServerPluginLandingPageDisabled(),
          ],
        }),
      context: async (_req, base) => ({ ...base, db, loaders: def.createLoaders(db) }),
    });
    logger.info({ url: server.url, db: db.safeUrl }, 'subgraph listening');
    return {
      ...server,
      db,
      logger,
      close: async () => {
        await server.close();
        await db.close();
      },
    };
  } catch (err) {
    await db.close();
    throw err;
  }
}

/** Seeds a database from scratch (migrating it first), outside a running server. */
export async function seedDatabase<L>(def: SubgraphDefinition<L>, databaseUrl: string, seed: number): Promise<Record<string, number>> {
  const db = openDatabase(databaseUrl, { subgraph: def.name });
  try {
    await migrate(db, def.migrations);
    return await def.seed(db, seed);
  } finally {
    await db.close();
  }
}
