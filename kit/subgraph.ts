import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { SubgraphConfig } from './config.js';
import { migrate, openDatabase, type Database, type Migration } from './db.js';
import { createLogger, type Logger } from './logger.js';
import { createAuditLog, type AuditLog } from './audit.js';
import { IDENTITY_HEADER, verifyInternalIdentity } from './identity.js';
import { errorLogging, HttpRefusal, maskError, serveGraphQL, type RequestContextBase, type RunningServer } from './server.js';
import type { SubgraphName } from './topology.js';
import { endFailed, isTracing, SERVICE_ATTRIBUTE, tracer } from './tracing.js';

/** What every subgraph provides: the same shape for all five, so knowing one means knowing all. */
export interface SubgraphDefinition<Loaders, Data = unknown> {
  name: SubgraphName;
  migrations: readonly Migration[];
  buildSchema(): Promise<GraphQLSchema>;
  /** Per-request DataLoaders over this subgraph's database. */
  createLoaders(db: Database): Loaders;
  /** Its data access bound to its database: what resolvers call besides loaders (they never see SQL or knex). */
  createData(db: Database): Data;
}

export type SubgraphContext<Loaders, Data = unknown> = RequestContextBase & { loaders: Loaders; data: Data; audit: AuditLog };

export interface RunningSubgraph extends RunningServer {
  db: Database;
  logger: Logger;
}

/**
 * Migrates its database, then serves the subgraph over HTTP. It never seeds: data comes in through the
 * import mutation, and the demo world through the same importer from `npm run seed` or the launcher
 * (seed/demo/), so a subgraph process does not load the world generator.
 */
/** A span for each root field the subgraph resolves, as child of the request's server span. */
function traceRootFields<C extends BaseContext>(service: string): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async executionDidStart() {
          return {
            willResolveField({ info }) {
              if (info.path.prev) return;
              const span = tracer.startSpan(`resolve ${info.parentType.name}.${info.fieldName}`, {
                attributes: { [SERVICE_ATTRIBUTE]: service, 'graphql.field.path': info.fieldName },
              });
              return (error) => (error ? endFailed(span, error) : span.end());
            },
          };
        },
      };
    },
  };
}

export async function startSubgraph<L, D>(def: SubgraphDefinition<L, D>, config: SubgraphConfig): Promise<RunningSubgraph> {
  const logger = createLogger(`subgraph-${def.name}`, config.logLevel);
  // Migrations run without the statement time limit (a data migration may take long), on connections of
  // their own; requests with it. (A ':memory:' database must not be closed between the two: it keeps
  // its one handle, and no limit.)
  const memory = config.databaseUrl === ':memory:';
  const migrating = openDatabase(config.databaseUrl, { subgraph: def.name });
  let db = migrating;
  try {
    const applied = await migrate(migrating, def.migrations);
    if (applied.length) logger.info({ applied, db: migrating.safeUrl }, 'migrations applied');
    if (!memory) {
      await migrating.close();
      db = openDatabase(config.databaseUrl, { subgraph: def.name, statementTimeoutMs: config.statementTimeoutMs });
    }
  } catch (err) {
    await migrating.close();
    throw err;
  }
  try {
    const schema = await def.buildSchema();
    const secret = config.internalSecret;
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
            // OpenTelemetry's, when on: a span for each root field (an `_entities` call included).
            ...(isTracing() ? [traceRootFields(def.name)] : []),
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
