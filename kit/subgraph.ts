import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { SubgraphConfig } from './config.js';
import { migrate, openDatabase, rollbackAll, type Database, type Migration } from './db.js';
import { createLogger, type Logger } from './logger.js';
import { createAuditLog, type AuditLog } from './audit.js';
import { IDENTITY_HEADER, secretKey, verifyInternalIdentity } from './identity.js';
import { errorLogging, HttpRefusal, maskError, serveGraphQL, type RequestContextBase, type RunningServer } from './server.js';
import type { SubgraphName } from './topology.js';

/** What every subgraph provides: the same shape for all five, so knowing one means knowing all. */
export interface SubgraphDefinition<Loaders, Data = unknown> {
  name: SubgraphName;
  migrations: readonly Migration[];
  buildSchema(): Promise<GraphQLSchema>;
  /** Per-request DataLoaders over this subgraph's database. */
  createLoaders(db: Database): Loaders;
  /** Its data access bound to its database: what resolvers call besides loaders (they never see SQL or knex). */
  createData(db: Database): Data;
  /** True when the database already holds data (so start-up does not seed it again). */
  isSeeded(db: Database): Promise<boolean>;
  /** Fills an empty database with its slice of the reference world; returns row counts by table. */
  seed(db: Database, options: SeedOptions, progress?: SeedProgress): Promise<Record<string, number>>;
}

export interface SeedOptions {
  /** The seed number: the same number gives the same data. */
  seed: number;
  /** How much of the province: `province`, `small` (the tests'), `city:<code>` or `county:<code>`. */
  scale: string;
}

/** Called as rows are written: the table, rows written so far, rows to write. */
export type SeedProgress = (table: string, done: number, total: number) => void;

export type SubgraphContext<Loaders, Data = unknown> = RequestContextBase & { loaders: Loaders; data: Data; audit: AuditLog };

export interface RunningSubgraph extends RunningServer {
  db: Database;
  logger: Logger;
}

/** Migrates (and seeds an empty) database, then serves the subgraph over HTTP. */
export async function startSubgraph<L, D>(def: SubgraphDefinition<L, D>, config: SubgraphConfig): Promise<RunningSubgraph> {
  const logger = createLogger(`subgraph-${def.name}`, config.logLevel);
  const db = openDatabase(config.databaseUrl, { subgraph: def.name });
  try {
    const applied = await migrate(db, def.migrations);
    if (applied.length) logger.info({ applied, db: db.safeUrl }, 'migrations applied');
    if (config.seedOnStart && !(await def.isSeeded(db))) {
      const started = Date.now();
      logger.info({ seed: config.seed, scale: config.seedScale }, 'seeding an empty database');
      const counts = await seedAtomically(def, db, { seed: config.seed, scale: config.seedScale });
      logger.info({ counts, ms: Date.now() - started, seed: config.seed, scale: config.seedScale }, 'database seeded');
    }
    const schema = await def.buildSchema();
    const secret = secretKey(config.internalSecret);
    const data = def.createData(db);
    const server = await serveGraphQL<SubgraphContext<L, D>>({
      service: def.name,
      logger,
      host: config.host,
      port: config.port,
      ready: async () => {
        await db.knex.raw('select 1');
      },
      apollo: (drain) =>
        new ApolloServer<SubgraphContext<L, D>>({
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
      // Only the gateway may call: every request (including _service and _entities) carries the identity
      // it signed with the deployment's internal secret.
      identify: async (req) => {
        const token = req.header(IDENTITY_HEADER);
        if (!token) throw new HttpRefusal(401, 'UNAUTHENTICATED', 'This service answers the gateway only.');
        try {
          return await verifyInternalIdentity(token, def.name, secret);
        } catch {
          throw new HttpRefusal(401, 'UNAUTHENTICATED', 'This service answers the gateway only.');
        }
      },
      context: async (_req, base) => ({
        ...base,
        data,
        loaders: def.createLoaders(db),
        audit: createAuditLog(db, base.identity, base.requestId),
      }),
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

/**
 * Regenerates a database outside a running server: rolls every migration back (dropping the tables
 * and their data), migrates up again, and seeds.
 */
export async function reseedDatabase<L, D>(
  def: SubgraphDefinition<L, D>,
  databaseUrl: string,
  options: SeedOptions,
  progress?: SeedProgress,
): Promise<Record<string, number>> {
  const db = openDatabase(databaseUrl, { subgraph: def.name });
  try {
    await rollbackAll(db, def.migrations);
    await migrate(db, def.migrations);
    return await seedAtomically(def, db, options, progress);
  } finally {
    await db.close();
  }
}

/** Seeds in one transaction, so an interrupted seed leaves the database empty rather than half-filled. */
async function seedAtomically<L, D>(
  def: SubgraphDefinition<L, D>,
  db: Database,
  options: SeedOptions,
  progress?: SeedProgress,
): Promise<Record<string, number>> {
  return db.knex.transaction((trx) => def.seed({ ...db, knex: trx }, options, progress));
}
