import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../context.js';
import { operationResolutionFailure } from '../errors.js';
import type { GatewayFeature } from './feature.js';

/**
 * A wrong `operationName`, or several anonymous operations, is a 400 OPERATION_RESOLUTION_FAILURE: left
 * to the query planner, it fails with a 500. No options.
 */
export function useOperationResolution(): GatewayFeature {
  const plugin: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (!operation) {
            throw operationResolutionFailure(
              'No single operation to run: give operationName, naming one of the operations of the document.',
            );
          }
        },
      };
    },
  };
  return { name: 'operation-resolution', plugins: [plugin] };
}
