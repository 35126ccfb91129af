import { loadGatewayConfig } from '../kit/config.js';
import { runMain } from '../kit/main.js';
import { startGateway } from './server.js';

await runMain('gateway', () => startGateway(loadGatewayConfig(process.env)));
