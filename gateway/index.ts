import { runMain } from '../kit/main.js';
import { loadGatewayConfig } from './config.js';
import { startGateway } from './server.js';

// The process environment is the entry point's: @apollo/gateway reads this when an ApolloGateway is
// constructed (it has no option for it) and otherwise reports anonymous usage to Apollo, probing
// cloud metadata endpoints on the way. Unless the operator says otherwise.
process.env.APOLLO_TELEMETRY_DISABLED ??= '1';

await runMain('gateway', () => startGateway(loadGatewayConfig(process.env)));
