import 'reflect-metadata';
import { loadSubgraphConfig } from '../../kit/config.js';
import { runMain } from '../../kit/main.js';
import { startSubgraph } from '../../kit/subgraph.js';
import { practice } from './subgraph.js';

await runMain(practice.name, () => startSubgraph(practice, loadSubgraphConfig(practice.name, process.env)));
