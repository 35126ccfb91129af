import 'reflect-metadata';
import { loadSubgraphConfig } from '../../kit/config.js';
import { runMain } from '../../kit/main.js';
import { startSubgraph } from '../../kit/subgraph.js';
import { socialWork } from './subgraph.js';

await runMain(socialWork.name, () => startSubgraph(socialWork, loadSubgraphConfig(socialWork.name, process.env)));
