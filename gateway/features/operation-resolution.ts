import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../context.js';
import { operationNotSupported, operationResolutionFailure } from '../errors.js';
import type { GatewayFeature } from './feature.js';

/**
 * A wrong `operationName`, or several anonymous operations, is a 400 OPERATION_RESOLUTION_FAILURE, and a
 * subscription a 400 OPERATION_NOT_SUPPORTED: left to the query planner, each fails with a 500. No options.
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
          if (operation.operation !== 'query' && operation.operation !== 'mutation') throw operationNotSupported(operation.operation);
        },
      };
    },
  };
  return { name: 'operation-resolution', plugins: [plugin] };
}
