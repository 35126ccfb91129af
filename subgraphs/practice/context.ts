import type { SubgraphContext } from '../../kit/subgraph.js';
import type { PracticeData } from './data/index.js';
import type { PracticeLoaders } from './loaders.js';

export type Context = SubgraphContext<PracticeLoaders, PracticeData>;
