import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../kit/errors.js';
import { REQUEST_ID_HEADER } from '../kit/server.js';
import { IDENTITY_HEADER, PUBLIC_IDENTITY, signInternalIdentity } from '../kit/identity.js';
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
    private readonly internalKey: Uint8Array,
  ) {
    super({
      url,
      fetcher: ((input: string, init?: RequestInit) => fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) })) as never,
    });
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    // Health checks and other gateway-internal calls have no request context: they go as the public.
    const ctx = context && 'requestId' in context ? context : null;
    if (ctx?.requestId) request.http?.headers.set(REQUEST_ID_HEADER, ctx.requestId);
    request.http?.headers.set(
      IDENTITY_HEADER,
      await signInternalIdentity(ctx?.identity ?? PUBLIC_IDENTITY, ctx?.requestId ?? '', this.serviceName, this.internalKey),
    );
  }

  override didEncounterError(error: Error, _request: unknown, response?: { status?: number }): void {
    const timedOut = error.name === 'TimeoutError' || /timeout|aborted/i.test(error.message);
    if (response?.status !== undefined && response.status >= 500 && !timedOut) {
      throw new GraphQLError(`The ${this.serviceName} service failed (HTTP ${response.status}).`, {
        extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE, serviceName: this.serviceName },
        originalError: error,
      });
    }
    if (response === undefined || timedOut) {
      // No (complete) HTTP response: refused, reset, or timed out, before or while reading the body.
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
