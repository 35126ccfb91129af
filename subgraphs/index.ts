import type { SubgraphDefinition } from '../kit/subgraph.js';
import type { SubgraphName } from '../kit/topology.js';
import { culture } from './culture/subgraph.js';
import { facilities } from './facilities/subgraph.js';
import { party } from './party/subgraph.js';
import { practice } from './practice/subgraph.js';
import { socialWork } from './social-work/subgraph.js';

/** Every subgraph definition, for tooling (compose, seed, tests). The gateway never imports this. */
export const SUBGRAPH_DEFINITIONS: Record<SubgraphName, SubgraphDefinition<unknown>> = {
  facilities: facilities as SubgraphDefinition<unknown>,
  party: party as SubgraphDefinition<unknown>,
  practice: practice as SubgraphDefinition<unknown>,
  culture: culture as SubgraphDefinition<unknown>,
  'social-work': socialWork as SubgraphDefinition<unknown>,
};
