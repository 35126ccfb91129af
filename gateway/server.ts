import fs from 'node:fs';
import path from 'node:path';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import type { Request } from 'express';
import type { ValidationRule } from 'graphql';
import { ConfigError } from '../kit/config.js';
import type { Identity } from '../kit/identity.js';
import { createLogger } from '../kit/logger.js';
import { redactUrl } from '../kit/redact.js';
import { type RunningServer, serveGraphQL } from '../kit/server.js';
import type { SubgraphName } from '../kit/topology.js';
import type { GatewayConfig } from './config.js';
import type { GatewayContext } from './context.js';
import type { FeatureApolloOptions, FeatureEntry, GatewayFeature, GatewayHandle } from './features/feature.js';
import { gatewayFeatures } from './features/index.js';
import { gatewayReadiness } from './readiness.js';
import { createSubgraphClient, type SubgraphStep } from './subgraph-client/client.js';

export interface StartGatewayOptions {
  /** Features after the configured ones (features/index.ts): tests, or a deployment's own. */
  extraFeatures?: FeatureEntry[];
}

/** The parts of every feature, in list order. */
interface Assembled {
  plugins: ApolloServerPlugin<GatewayContext>[];
  validationRules: ValidationRule[];
  subgraphSteps: SubgraphStep[];
  apolloOptions: FeatureApolloOptions;
  routes: NonNullable<GatewayFeature['routes']>[];
  identify: (req: Request) => Promise<Identity>;
  readiness: NonNullable<GatewayFeature['readiness']>[];
  queryPlanCache: GatewayFeature['queryPlanCache'];
  supergraphSource: GatewayFeature['supergraphSource'];
}

async function assemble(entries: FeatureEntry[]): Promise<Assembled> {
  const features = (await Promise.all(entries)).filter((f): f is GatewayFeature => Boolean(f));
  const apolloOptions: Record<string, unknown> = {};
  const setBy = new Map<string, string>();
  const identifiers = features.filter((f) => f.identify);
  const planCaches = features.filter((f) => f.queryPlanCache);
  if (planCaches.length > 1)
    throw new Error(`gateway features ${planCaches.map((f) => f.name).join(' and ')} both set the query-plan cache`);
  const sources = features.filter((f) => f.supergraphSource);
  if (sources.length > 1) throw new Error(`gateway features ${sources.map((f) => f.name).join(' and ')} both provide the supergraph`);
  if (identifiers.length !== 1) {
    throw new Error(`exactly one gateway feature must identify callers; got ${identifiers.map((f) => f.name).join(', ') || 'none'}`);
  }
  for (const f of features) {
    for (const [key, value] of Object.entries(f.apolloOptions ?? {})) {
      const other = setBy.get(key);
      if (other) throw new Error(`gateway features ${other} and ${f.name} both set the Apollo Server option "${key}"`);
      setBy.set(key, f.name);
      apolloOptions[key] = value;
    }
  }
  return {
    plugins: features.flatMap((f) => f.plugins ?? []),
    validationRules: features.flatMap((f) => f.validationRules ?? []),
    subgraphSteps: features.flatMap((f) => f.subgraphSteps ?? []),
    apolloOptions,
    routes: features.flatMap((f) => (f.routes ? [f.routes] : [])),
    identify: identifiers[0]!.identify!,
    readiness: features.flatMap((f) => (f.readiness ? [f.readiness] : [])),
    queryPlanCache: planCaches[0]?.queryPlanCache,
    supergraphSource: sources[0]?.supergraphSource,
  };
}

/**
 * The gateway: Apollo Server over @apollo/gateway, running from the committed supergraph (never from
 * introspection), with each subgraph's URL taken from the config, built from its features
 * (features/index.ts). It knows no feature: it hands each part to Apollo Server, Express or the
 * subgraph client, in list order.
 *
 * @apollo/gateway reports anonymous usage to Apollo unless APOLLO_TELEMETRY_DISABLED is set when it is
 * constructed (it has no option for it): the entry point (gateway/index.ts) sets it for the process.
 */
export async function startGateway(config: GatewayConfig, options: StartGatewayOptions = {}): Promise<RunningServer> {
  const logger = createLogger('gateway', config.logLevel);
  const supergraphFile = path.resolve(config.supergraphPath);
  if (!fs.existsSync(supergraphFile)) {
    throw new ConfigError([`SUPERGRAPH_PATH: no file at ${supergraphFile} (run npm run compose, or point it at the supergraph)`]);
  }
  const supergraphSdl = fs.readFileSync(supergraphFile, 'utf8');
  const parts = await assemble([...gatewayFeatures(config), ...(options.extraFeatures ?? [])]);
  // Where the loaded supergraph's subgraphs are called, by name, as the gateway builds each one's client
  // (again on a reload): what `/ready` probes, so that it reports the graph being served.
  const routed: Record<string, string> = {};
  const gateway = new ApolloGateway({
    supergraphSdl: parts.supergraphSource
      ? parts.supergraphSource({ path: supergraphFile, initialSdl: supergraphSdl, logger, planCache: parts.queryPlanCache })
      : supergraphSdl,
    ...(parts.queryPlanCache ? { queryPlannerConfig: { cache: parts.queryPlanCache } } : {}),
    buildService: ({ name, url }) => {
      const configured = config.subgraphUrls[name as SubgraphName];
      if (!configured && !url) throw new Error(`No URL for subgraph "${name}"`);
      routed[name] = configured ?? url!;
      return createSubgraphClient({ serviceName: name, url: configured ?? url!, steps: parts.subgraphSteps });
    },
    logger: {
      debug: (m) => logger.debug(m),
      info: (m) => logger.info(m),
      warn: (m) => logger.warn(m),
      error: (m) => logger.error(m),
    },
  });

  const server = await serveGraphQL<GatewayContext>({
    service: 'gateway',
    logger,
    host: config.host,
    port: config.port,
    ready: gatewayReadiness(routed, parts.readiness),
    http: config.http,
    metrics: config.metrics,
    trustProxy: config.trustProxy,
    apollo: (drain) =>
      new ApolloServer<GatewayContext>({
        ...parts.apolloOptions,
        gateway,
        stopOnTerminationSignals: false,
        validationRules: parts.validationRules,
        plugins: [drain, ...parts.plugins],
      }),
    identify: parts.identify,
    context: async (_req, base) => base,
    routes: (app, apollo) => {
      const handle: GatewayHandle = {
        logger,
        identify: parts.identify,
        executeOperation: <T>(request: Parameters<typeof apollo.executeOperation>[0], contextValue: GatewayContext) =>
          apollo.executeOperation(request, { contextValue }) as Promise<GraphQLResponse<T>>,
      };
      for (const mount of parts.routes) mount(app, handle);
    },
  });
  const subgraphs = Object.fromEntries(Object.entries(routed).map(([name, url]) => [name, redactUrl(url)]));
  logger.info({ url: server.url, subgraphs }, 'gateway listening');
  return server;
}
