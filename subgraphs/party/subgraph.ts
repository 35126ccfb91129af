import 'reflect-metadata';
import { authChecker } from '../../kit/access.js';
import { buildFederatedSchema } from '../../kit/federation.js';
import { importResolver } from '../../kit/imports/import.resolver.js';
import { PARTY_IMPORT_WRITERS } from './import-writer.js';
import type { SubgraphDefinition } from '../../kit/subgraph.js';
import { createData, type PartyData } from './data/index.js';
import { createLoaders, type PartyLoaders } from './loaders.js';
import { migrations } from './migrations/index.js';
import { PartyServiceCentreResolver, partyServiceCentreScaffold } from './resolvers/party-service-centre.resolver.js';

/** Organization Department: Party-member service centres (党群服务中心). */
export const party: SubgraphDefinition<PartyLoaders, PartyData> = {
  name: 'party',
  migrations,
  buildSchema: () =>
    buildFederatedSchema({
      resolvers: [importResolver(PARTY_IMPORT_WRITERS), ...partyServiceCentreScaffold.resolvers, PartyServiceCentreResolver],
      authChecker: authChecker('party'),
      referenceResolvers: partyServiceCentreScaffold.reference,
    }),
  createLoaders,
  createData,
};

/** The definition subgraphs/index.ts finds by the registry's name for this folder. */
export default party;
