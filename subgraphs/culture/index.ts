import 'reflect-metadata';
import { runSubgraphMain } from '../../kit/main.js';
import { culture } from './subgraph.js';

await runSubgraphMain(culture);
