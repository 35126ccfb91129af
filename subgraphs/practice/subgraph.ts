import 'reflect-metadata';
import { authChecker } from '../../kit/access.js';
import { buildFederatedSchema } from '../../kit/federation.js';
import { importResolver } from '../../kit/imports/import.resolver.js';
import { PRACTICE_IMPORT_WRITERS } from './import-writer.js';
import type { SubgraphDefinition } from '../../kit/subgraph.js';
import { createData, type PracticeData } from './data/index.js';
import { createLoaders, type PracticeLoaders } from './loaders.js';
import { migrations } from './migrations/index.js';
import { PracticeUnitResolver, practiceUnitScaffold } from './resolvers/practice-unit.resolver.js';
import { RegionPracticeResolver } from './resolvers/region.resolver.js';
import { ServiceOrderResolver } from './resolvers/service-order.resolver.js';
import { VolunteerTeamResolver } from './resolvers/volunteer-team.resolver.js';

/** Propaganda Department: New-Era civilization-practice centres, institutes and stations. */
export const practice: SubgraphDefinition<PracticeLoaders, PracticeData> = {
  name: 'practice',
  migrations,
  buildSchema: () =>
    buildFederatedSchema({
      resolvers: [
        importResolver(PRACTICE_IMPORT_WRITERS),
        ...practiceUnitScaffold.resolvers,
        PracticeUnitResolver,
        RegionPracticeResolver,
        VolunteerTeamResolver,
        ServiceOrderResolver,
      ],
      authChecker: authChecker('practice'),
      referenceResolvers: practiceUnitScaffold.reference,
    }),
  createLoaders,
  createData,
};

/** The definition subgraphs/index.ts finds by the registry's name for this folder. */
export default practice;
