import 'reflect-metadata';
import { authChecker } from '../../kit/access.js';
import { buildFederatedSchema } from '../../kit/federation.js';
import type { SubgraphDefinition } from '../../kit/subgraph.js';
import type { Context } from './context.js';
import { createLoaders, type PartyLoaders } from './loaders.js';
import { migrations } from './migrations/index.js';
import { PartyServiceCentreResolver, RegionPartyResolver, resolveCentreReference } from './resolvers/party-service-centre.resolver.js';
import { isSeeded, seed } from './seed.js';

/** Organization Department: Party-member service centres (党群服务中心). */
export const party: SubgraphDefinition<PartyLoaders> = {
  name: 'party',
  migrations,
  buildSchema: () =>
    buildFederatedSchema({
      resolvers: [PartyServiceCentreResolver, RegionPartyResolver],
      authChecker: authChecker('party'),
      referenceResolvers: {
        PartyServiceCentre: { __resolveReference: (ref: { id: string }, ctx: Context) => resolveCentreReference(ref, ctx) },
      },
    }),
  createLoaders,
  isSeeded,
  seed,
};
