import 'reflect-metadata';
import { loadSubgraphConfig } from '../../kit/config.js';
import { runMain } from '../../kit/main.js';
import { startSubgraph } from '../../kit/subgraph.js';
import { party } from './subgraph.js';

await runMain(party.name, () => startSubgraph(party, loadSubgraphConfig(party.name, process.env)));
