import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../context.js';
import { notInSafelist } from '../errors.js';
import type { TrustedDocuments } from '../trusted-documents.js';
import type { GatewayFeature } from './feature.js';

/**
 * Safelist mode (`SAFELIST=true`): only the trusted documents (gateway/trusted-documents.ts: the committed
 * operations of schema/operations/, in the forms standard clients send, or any layout of them) are
 * executed; anything else is refused with 400 OPERATION_NOT_IN_SAFELIST. A committed operation sent by its
 * hash alone runs too (features/persisted-documents.ts).
 */
function safelistPlugin(trusted: TrustedDocuments): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        // Checked once the operation is resolved: Apollo answers an error thrown here with its http
        // status; thrown earlier (didResolveSource) it would become a 500.
        async didResolveOperation({ source }) {
          if (!trusted.isTrusted(source)) throw notInSafelist();
        },
      };
    },
  };
}

export interface SafelistOptions {
  /** The trusted documents of schema/operations/manifest.json (no default: features/index.ts loads them; on only with `SAFELIST=true`). */
  documents: TrustedDocuments;
}

export function useSafelist(options: SafelistOptions): GatewayFeature {
  return { name: 'safelist', plugins: [safelistPlugin(options.documents)] };
}
