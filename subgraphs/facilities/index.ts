import 'reflect-metadata';
import { loadSubgraphConfig } from '../../kit/config.js';
import { runMain } from '../../kit/main.js';
import { startSubgraph } from '../../kit/subgraph.js';
import { facilities } from './subgraph.js';

await runMain(facilities.name, () => startSubgraph(facilities, loadSubgraphConfig(facilities.name, process.env)));
