import 'reflect-metadata';
import { runSubgraphMain } from '../../kit/main.js';
import { socialWork } from './subgraph.js';

await runSubgraphMain(socialWork);
