import type { SubgraphContext } from '../../kit/subgraph.js';
import type { PartyData } from './data/index.js';
import type { PartyLoaders } from './loaders.js';

export type Context = SubgraphContext<PartyLoaders, PartyData>;
