import 'reflect-metadata';
import { authChecker } from '../../kit/access.js';
import { buildFederatedSchema } from '../../kit/federation.js';
import type { SubgraphDefinition } from '../../kit/subgraph.js';
import { createData, type CultureData } from './data/index.js';
import { createLoaders, type CultureLoaders } from './loaders.js';
import { migrations } from './migrations/index.js';
import { CultureStationResolver, cultureStationScaffold } from './resolvers/culture-station.resolver.js';
import { RegionCultureResolver } from './resolvers/region.resolver.js';
import { importResolver } from '../../kit/imports/import.resolver.js';
import { CULTURE_IMPORT_WRITERS } from './import-writer.js';

/** Culture & Tourism: township comprehensive culture stations. */
export const culture: SubgraphDefinition<CultureLoaders, CultureData> = {
  name: 'culture',
  migrations,
  buildSchema: () =>
    buildFederatedSchema({
      resolvers: [
        ...cultureStationScaffold.resolvers,
        CultureStationResolver,
        RegionCultureResolver,
        importResolver(CULTURE_IMPORT_WRITERS),
      ],
      authChecker: authChecker('culture'),
      referenceResolvers: cultureStationScaffold.reference,
    }),
  createLoaders,
  createData,
};

/** The definition subgraphs/index.ts finds by the registry's name for this folder. */
export default culture;
