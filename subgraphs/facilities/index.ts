import 'reflect-metadata';
import { runSubgraphMain } from '../../kit/main.js';
import { facilities } from './subgraph.js';

await runSubgraphMain(facilities);
