import type { SubgraphContext } from '../../kit/subgraph.js';
import type { SocialWorkData } from './data/index.js';
import type { SocialWorkLoaders } from './loaders.js';

export type Context = SubgraphContext<SocialWorkLoaders, SocialWorkData>;
