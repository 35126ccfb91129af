import type { SubgraphContext } from '../../kit/subgraph.js';
import type { FacilitiesData } from './data/index.js';
import type { FacilitiesLoaders } from './loaders.js';

export type Context = SubgraphContext<FacilitiesLoaders, FacilitiesData>;
