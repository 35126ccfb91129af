import type { GatewayConfig, SupergraphSdlHook } from '@apollo/gateway';
import type { ApolloServerOptionsWithGateway, ApolloServerPlugin, GraphQLRequest, GraphQLResponse } from '@apollo/server';
import type { Express, Request } from 'express';
import type { ValidationRule } from 'graphql';
import type { Identity } from '../../kit/identity.js';
import type { Logger } from '../../kit/logger.js';
import type { GatewayContext } from '../context.js';
import type { SubgraphStep } from '../subgraph-client/client.js';
import type { SupergraphSourceContext } from './supergraph-reload.js';

/**
 * A gateway feature, in the manner of Hive Gateway's `use<Feature>()` plugins: each file under
 * gateway/features/ exports `use<Feature>(options)` returning one of these, and features/index.ts lists
 * them in order. A feature contributes any of the parts below; the gateway (gateway/server.ts) knows
 * nothing of any feature and only assembles the parts, in the order of the list.
 */
export interface GatewayFeature {
  /** For messages (two features setting the same Apollo option are refused at start, by name). */
  name: string;
  /** Apollo Server plugins; every feature's, in list order (the order hooks such as didResolveOperation run in). */
  plugins?: ApolloServerPlugin<GatewayContext>[];
  /** GraphQL validation rules, added to GraphQL's own. */
  validationRules?: ValidationRule[];
  /**
   * Express routes and middleware, mounted before /graphql (after /health and /metrics), called once the
   * Apollo Server has started, with a handle to run operations through it (the calendar feed). Middleware
   * for every request (CORS, rate limits) is an `app.use(…)` here.
   */
  routes?: (app: Express, gateway: GatewayHandle) => void;
  /** Steps around every subgraph request (gateway/subgraph-client/); the whole list's, outermost first. */
  subgraphSteps?: SubgraphStep[];
  /** Apollo Server options; a key may be set by one feature only. */
  apolloOptions?: FeatureApolloOptions;
  /** Who is asking, before GraphQL runs (throws HttpRefusal to refuse); exactly one feature provides it. */
  identify?: (req: Request) => Promise<Identity>;
  /** What the feature adds to the gateway's `/ready` answer (each subgraph's circuit, say). */
  readiness?: () => Record<string, unknown>;
  /** The store of @apollo/gateway's query plans (one feature at most; @apollo/gateway's own LRU otherwise). */
  queryPlanCache?: QueryPlanCache;
  /** Where the supergraph comes from after start (one feature at most; the file read once otherwise). */
  supergraphSource?: (ctx: SupergraphSourceContext) => SupergraphSdlHook;
}

/** What @apollo/gateway keeps its query plans in. */
export type QueryPlanCache = NonNullable<NonNullable<GatewayConfig['queryPlannerConfig']>['cache']>;

/** The Apollo Server options a feature may set: everything but what the gateway itself owns. */
export type FeatureApolloOptions = Partial<
  Omit<ApolloServerOptionsWithGateway<GatewayContext>, 'gateway' | 'plugins' | 'validationRules' | 'stopOnTerminationSignals'>
>;

/** What a feature's routes get once the gateway runs. */
export interface GatewayHandle {
  /** Runs an operation through the gateway's own Apollo Server: its plugins, limits, safelist and masking apply. */
  executeOperation<T = Record<string, unknown>>(request: GraphQLRequest, context: GatewayContext): Promise<GraphQLResponse<T>>;
  /**
   * Who is asking, exactly as /graphql decides it (the identifying feature's `identify`): a route that
   * answers with the caller's data (the export) verifies the caller's token with it; it throws
   * HttpRefusal (401) for a bad token, and gives the public for none.
   */
  identify: (req: Request) => Promise<Identity>;
  logger: Logger;
}

/** A feature, or the promise of one (a feature may need to read a key first); `false`/`null` are left out of the list. */
export type FeatureEntry = GatewayFeature | Promise<GatewayFeature> | false | null | undefined;
