import 'reflect-metadata';
import { runSubgraphMain } from '../../kit/main.js';
import { practice } from './subgraph.js';

await runSubgraphMain(practice);
