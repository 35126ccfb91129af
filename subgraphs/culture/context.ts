import type { SubgraphContext } from '../../kit/subgraph.js';
import type { CultureData } from './data/index.js';
import type { CultureLoaders } from './loaders.js';

export type Context = SubgraphContext<CultureLoaders, CultureData>;
