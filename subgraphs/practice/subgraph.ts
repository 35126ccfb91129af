import 'reflect-metadata';
import { authChecker } from '../../kit/access.js';
import { buildFederatedSchema } from '../../kit/federation.js';
import type { SubgraphDefinition } from '../../kit/subgraph.js';
import type { Context } from './context.js';
import { createLoaders, type PracticeLoaders } from './loaders.js';
import { migrations } from './migrations/index.js';
import {
  PracticeUnitResolver,
  RegionPracticeResolver,
  resolveUnitReference,
  ServiceOrderResolver,
  VolunteerTeamResolver,
} from './resolvers/practice-unit.resolver.js';
import { isSeeded, seed } from './seed.js';

/** Propaganda Department: New-Era civilization-practice centres, institutes and stations. */
export const practice: SubgraphDefinition<PracticeLoaders> = {
  name: 'practice',
  migrations,
  buildSchema: () =>
    buildFederatedSchema({
      resolvers: [PracticeUnitResolver, RegionPracticeResolver, VolunteerTeamResolver, ServiceOrderResolver],
      authChecker: authChecker('practice'),
      referenceResolvers: {
        PracticeUnit: { __resolveReference: (ref: { id: string }, ctx: Context) => resolveUnitReference(ref, ctx) },
      },
    }),
  createLoaders,
  isSeeded,
  seed,
};
