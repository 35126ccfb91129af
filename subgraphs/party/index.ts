import 'reflect-metadata';
import { runSubgraphMain } from '../../kit/main.js';
import { party } from './subgraph.js';

await runSubgraphMain(party);
