import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { GatewayContext } from '../context.js';
import { mapErrorsStep, REPRESENTATION } from '../subgraph-client/steps.js';
import type { GatewayFeature } from './feature.js';

/**
 * A subgraph that cannot be reached, fails with a 5xx, times out or has its circuit open costs only its
 * own fields: each is null with a SUBGRAPH_UNAVAILABLE error naming the service at its path, and the
 * rest of the answer arrives. The step (listed before the other subgraph steps, so it sees their errors)
 * answers for the subgraph; the plugin puts each entity field's error at the object it belongs to. No options.
 */
export function useSubgraphErrors(): GatewayFeature {
  return { name: 'subgraph-errors', subgraphSteps: [mapErrorsStep()], plugins: [placeEntityErrors] };
}

type Path = (string | number)[];

/** Every object at a path pattern (`@` for each list), with its path, as @apollo/gateway walks it. */
function objectsAt(data: unknown, pattern: (string | number)[], at: Path = []): { path: Path; value: Record<string, unknown> }[] {
  if (data === null || data === undefined) return [];
  if (Array.isArray(data)) return data.flatMap((item, i) => objectsAt(item, pattern, [...at, i]));
  if (typeof data !== 'object') return [];
  if (pattern.length === 0) return [{ path: at, value: data as Record<string, unknown> }];
  const [head, ...rest] = pattern;
  return objectsAt((data as Record<string, unknown>)[head as string], rest, [...at, head as string]);
}

/** The representation's key fields (all but `__typename`) are those of the object, as far as the answer shows them. */
function sameEntity(object: Record<string, unknown>, representation: Record<string, unknown>): boolean {
  const keys = Object.keys(representation).filter((k) => k !== '__typename' && typeof representation[k] !== 'object');
  return keys.length > 0 && keys.every((k) => k in object) && keys.every((k) => object[k] === representation[k]);
}

/**
 * @apollo/gateway (2.x, `makeLazyErrorPathGenerator`) places an `_entities` error by the entity's index
 * among every object at the fetch's path, while the fetch's representations are only those of its type:
 * a failed party fetch's errors would land on the culture station beside each party centre. Each such
 * error is moved to the object whose key its representation names (found by its key fields in the
 * answer: the committed operations select them); when the answer does not show the key, it keeps no
 * path rather than a wrong one. The representation is then dropped from the error.
 */
const placeEntityErrors: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const result = response.body.singleResult;
        const errors = result.errors as GraphQLFormattedError[] | undefined;
        if (!errors?.some((e) => e.extensions?.[REPRESENTATION])) return;
        result.errors = errors.map((e) => {
          const representation = e.extensions?.[REPRESENTATION] as Record<string, unknown> | undefined;
          if (!representation) return e;
          const { [REPRESENTATION]: _dropped, ...extensions } = e.extensions!;
          void _dropped;
          const path = e.path as Path | undefined;
          const field = path?.at(-1);
          const pattern = (path ?? []).slice(0, -1).map((p) => (typeof p === 'number' ? '@' : p));
          const owner =
            typeof field === 'string'
              ? objectsAt(
                  result.data,
                  pattern.filter((p) => p !== '@'),
                ).find((o) => sameEntity(o.value, representation))
              : undefined;
          const { path: _wrong, ...rest } = e;
          void _wrong;
          return owner ? { ...rest, path: [...owner.path, field as string], extensions } : { ...rest, extensions };
        });
      },
    };
  },
};
