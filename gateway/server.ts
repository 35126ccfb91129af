import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { ConfigError, type GatewayConfig } from '../kit/config.js';
import { createLogger } from '../kit/logger.js';
import { errorLogging, maskError, serveGraphQL, type RunningServer } from '../kit/server.js';
import type { SubgraphName } from '../kit/topology.js';
import type { GatewayContext } from './context.js';
import { SubgraphDataSource } from './data-source.js';
import { createIdentify } from './auth.js';
import { limitsPlugin, validationRules } from './limits.js';
import { badInputStatus } from './status.js';
import { safelistPlugin } from './safelist.js';
import { secretKey } from '../kit/identity.js';
import { renderExplorer } from './explorer.js';
import { CALENDAR_FEED_PREFIX, CALENDAR_FEED_ROUTE, calendarFeed, calendarFeedErrors } from './calendar-feed.js';

const OPERATIONS_DIR = fileURLToPath(new URL('../schema/operations/', import.meta.url));

/**
 * The gateway: Apollo Server over @apollo/gateway, running from the committed supergraph (never from
 * introspection), with each subgraph's URL taken from the config.
 */
export async function startGateway(config: GatewayConfig): Promise<RunningServer> {
  // @apollo/gateway reads this itself; without it, it reports anonymous usage to Apollo.
  process.env.APOLLO_TELEMETRY_DISABLED = '1';
  const logger = createLogger('gateway', config.logLevel);
  const supergraphFile = path.resolve(config.supergraphPath);
  if (!fs.existsSync(supergraphFile)) {
    throw new ConfigError([`SUPERGRAPH_PATH: no file at ${supergraphFile} (run npm run compose, or point it at the supergraph)`]);
  }
  const supergraphSdl = fs.readFileSync(supergraphFile, 'utf8');
  const internalKey = secretKey(config.internalSecret);
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => {
      const configured = config.subgraphUrls[name as SubgraphName];
      if (!configured && !url) throw new Error(`No URL for subgraph "${name}"`);
      return new SubgraphDataSource(name, configured ?? url!, config.subgraphTimeoutMs, internalKey);
    },
    logger: {
      debug: (m) => logger.debug(m),
      info: (m) => logger.info(m),
      warn: (m) => logger.warn(m),
      error: (m) => logger.error(m),
    },
  });
  const explorerHtml = config.explorer
    ? renderExplorer({
        queryPath: path.join(OPERATIONS_DIR, 'region-overview.graphql'),
        variablesPath: path.join(OPERATIONS_DIR, 'region-overview.variables.json'),
      })
    : null;

  // Kept for the routes that run operations in-process (the calendar feed): the same server, plugins
  // (safelist, limits, error masking) and subgraph calls as /graphql.
  let apolloServer: ApolloServer<GatewayContext> | undefined;
  const feed = calendarFeed({
    apollo: () => apolloServer!,
    operationPath: path.join(OPERATIONS_DIR, 'space-calendar-feed.graphql'),
    logger,
  });

  const server = await serveGraphQL<GatewayContext>({
    service: 'gateway',
    logger,
    host: config.host,
    port: config.port,
    ready: async () => {},
    apollo: (drain) =>
      (apolloServer = new ApolloServer<GatewayContext>({
        gateway,
        formatError: maskError,
        includeStacktraceInErrorResponses: false,
        stopOnTerminationSignals: false,
        introspection: config.introspection,
        // Production: no "Did you mean …?" hints that would reveal the schema.
        hideSchemaDetailsFromClientErrors: config.mode === 'production',
        csrfPrevention: true,
        allowBatchedHttpRequests: false,
        parseOptions: { maxTokens: config.limits.maxTokens },
        validationRules: validationRules(config.limits),
        plugins: [
          drain,
          errorLogging('gateway'),
          badInputStatus(),
          limitsPlugin(config.limits.maxCost),
          ...(config.safelist ? [safelistPlugin(path.join(OPERATIONS_DIR, 'manifest.json'))] : []),
          ApolloServerPluginLandingPageDisabled(),
          ApolloServerPluginUsageReportingDisabled(),
          ApolloServerPluginSchemaReportingDisabled(),
          ApolloServerPluginInlineTraceDisabled(),
        ],
      })),
    identify: await createIdentify(config.jwt),
    context: async (_req, base) => base,
    routes: (app) => {
      app.get(CALENDAR_FEED_ROUTE, feed);
      app.use(CALENDAR_FEED_PREFIX, calendarFeedErrors);
      if (explorerHtml) {
        app.get('/', (_req, res) => {
          res.type('html').setHeader('cache-control', 'no-cache').send(explorerHtml);
        });
      }
    },
  });
  logger.info({ url: server.url, subgraphs: config.subgraphUrls }, 'gateway listening');
  return server;
}
