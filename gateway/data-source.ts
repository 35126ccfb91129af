import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../kit/errors.js';
import { REQUEST_ID_HEADER } from '../kit/server.js';
import type { GatewayContext } from './context.js';

/**
 * How the gateway calls a subgraph: Node's fetch with a per-request time limit (the gateway has none
 * by default), the request id forwarded so one id follows a request through every log, and a coded
 * error naming the service when it cannot be reached or does not answer in time.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly serviceName: string,
    url: string,
    private readonly timeoutMs: number,
  ) {
    super({
      url,
      fetcher: ((input: string, init?: RequestInit) => fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) })) as never,
    });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (context && 'requestId' in context && context.requestId) {
      request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
    }
  }

  override didEncounterError(error: Error, _request: unknown, response?: unknown): void {
    if (response === undefined) {
      // No HTTP response at all: refused, reset, or timed out.
      const timedOut = error.name === 'TimeoutError' || /timeout/i.test(error.message);
      throw new GraphQLError(
        timedOut
          ? `The ${this.serviceName} service did not answer within ${this.timeoutMs} ms.`
          : `The ${this.serviceName} service is unavailable.`,
        { extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE, serviceName: this.serviceName }, originalError: error },
      );
    }
    throw error;
  }
}
