import 'reflect-metadata';
import { authChecker } from '../../kit/access.js';
import { buildFederatedSchema } from '../../kit/federation.js';
import { importResolver } from '../../kit/imports/import.resolver.js';
import { SOCIAL_WORK_IMPORT_WRITERS } from './import-writer.js';
import type { SubgraphDefinition } from '../../kit/subgraph.js';
import { createData, type SocialWorkData } from './data/index.js';
import { createLoaders, type SocialWorkLoaders } from './loaders.js';
import { migrations } from './migrations/index.js';
import { RegionSocialWorkResolver } from './resolvers/region.resolver.js';
import { SocialWorkStationResolver, socialWorkStationScaffold } from './resolvers/station.resolver.js';

/** Civil Affairs: township (subdistrict) social-work stations. */
export const socialWork: SubgraphDefinition<SocialWorkLoaders, SocialWorkData> = {
  name: 'social-work',
  migrations,
  buildSchema: () =>
    buildFederatedSchema({
      resolvers: [
        ...socialWorkStationScaffold.resolvers,
        SocialWorkStationResolver,
        RegionSocialWorkResolver,
        importResolver(SOCIAL_WORK_IMPORT_WRITERS),
      ],
      authChecker: authChecker('social-work'),
      referenceResolvers: socialWorkStationScaffold.reference,
    }),
  createLoaders,
  createData,
};

/** The definition subgraphs/index.ts finds by the registry's name for this folder. */
export default socialWork;
