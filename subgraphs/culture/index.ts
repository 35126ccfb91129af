import 'reflect-metadata';
import { loadSubgraphConfig } from '../../kit/config.js';
import { runMain } from '../../kit/main.js';
import { startSubgraph } from '../../kit/subgraph.js';
import { culture } from './subgraph.js';

await runMain(culture.name, () => startSubgraph(culture, loadSubgraphConfig(culture.name, process.env)));
