import { errorLogging, maskError } from '../../kit/server.js';
import type { GatewayContext } from '../context.js';
import type { GatewayFeature } from './feature.js';

/**
 * Errors: every one is logged with the request id (an internal one with its stack), and what the
 * client sees is masked by kit/server.ts's `maskError` (a PublicError passes, anything else is
 * INTERNAL_SERVER_ERROR with the request id). No options.
 */
export function useErrorMasking(): GatewayFeature {
  return { name: 'error-masking', plugins: [errorLogging<GatewayContext>('gateway')], apolloOptions: { formatError: maskError } };
}
