import 'reflect-metadata';
import { authChecker } from '../../kit/access.js';
import { buildFederatedSchema } from '../../kit/federation.js';
import type { SubgraphDefinition } from '../../kit/subgraph.js';
import type { Context } from './context.js';
import { createLoaders, type SocialWorkLoaders } from './loaders.js';
import { migrations } from './migrations/index.js';
import { RegionSocialWorkResolver } from './resolvers/region.resolver.js';
import { resolveStationReference, SocialWorkStationResolver } from './resolvers/station.resolver.js';
import { isSeeded, seed } from './seed.js';

/** Civil Affairs: township (subdistrict) social-work stations. */
export const socialWork: SubgraphDefinition<SocialWorkLoaders> = {
  name: 'social-work',
  migrations,
  buildSchema: () =>
    buildFederatedSchema({
      resolvers: [SocialWorkStationResolver, RegionSocialWorkResolver],
      authChecker: authChecker('social-work'),
      referenceResolvers: {
        SocialWorkStation: { __resolveReference: (ref: { id: string }, ctx: Context) => resolveStationReference(ref, ctx) },
      },
    }),
  createLoaders,
  isSeeded,
  seed,
};
