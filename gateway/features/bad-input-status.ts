import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../context.js';
import type { GatewayFeature } from './feature.js';

/**
 * A request refused only for bad input answers 400, not 200: when every error is BAD_USER_INPUT and
 * no top-level field has data, nothing was served. (Partial results keep 200, as GraphQL over HTTP
 * says.) Only at the gateway: a subgraph's 400 would read to the gateway as a failed subgraph. No options.
 */
function badInputStatus(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { errors, data } = response.body.singleResult;
          if (!errors?.length || !errors.every((e) => e.extensions?.code === 'BAD_USER_INPUT')) return;
          const served = data && Object.values(data).some((v) => v !== null);
          if (!served && (response.http.status ?? 200) === 200) response.http.status = 400;
        },
      };
    },
  };
}

export function useBadInputStatus(): GatewayFeature {
  return { name: 'bad-input-status', plugins: [badInputStatus()] };
}
