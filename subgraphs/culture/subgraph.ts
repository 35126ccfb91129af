import 'reflect-metadata';
import { authChecker } from '../../kit/access.js';
import { buildFederatedSchema } from '../../kit/federation.js';
import type { SubgraphDefinition } from '../../kit/subgraph.js';
import type { Context } from './context.js';
import { createLoaders, type CultureLoaders } from './loaders.js';
import { migrations } from './migrations/index.js';
import { CultureStationResolver, RegionCultureResolver, resolveStationReference } from './resolvers/culture-station.resolver.js';
import { isSeeded, seed } from './seed.js';

/** Culture & Tourism: township comprehensive culture stations. */
export const culture: SubgraphDefinition<CultureLoaders> = {
  name: 'culture',
  migrations,
  buildSchema: () =>
    buildFederatedSchema({
      resolvers: [CultureStationResolver, RegionCultureResolver],
      authChecker: authChecker('culture'),
      referenceResolvers: {
        CultureStation: { __resolveReference: (ref: { id: string }, ctx: Context) => resolveStationReference(ref, ctx) },
      },
    }),
  createLoaders,
  isSeeded,
  seed,
};
