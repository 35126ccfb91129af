/**
 * npm start: the whole federation on this machine: five subgraphs on ports 4001-4005 (each with its
 * own SQLite database under data/, created and seeded on first start) and the gateway on port 4000.
 * Ctrl-C or SIGTERM stops them all.
 */
import { launchFederation } from './launch.js';

const started = Date.now();
console.log('venue-graph: starting five subgraphs and the gateway (the first start creates and seeds data/)…');
let federation;
try {
  federation = await launchFederation({
    onLine: (service, line) => process.stdout.write(`[${service.padEnd(11)}] ${line}\n`),
  });
} catch (err) {
  console.error(`venue-graph: could not start: ${(err as Error).message}`);
  process.exit(1);
}
const fed = federation;
const root = fed.gatewayUrl.replace(/\/graphql$/, '/');
console.log(`
venue-graph is up in ${((Date.now() - started) / 1000).toFixed(1)} s
  GraphQL endpoint: ${fed.gatewayUrl}
  Explorer:         ${root}
  Subgraphs:        ${Object.entries(fed.subgraphUrls).map(([n, u]) => `${n} ${u}`).join(', ')}
Press Ctrl-C to stop.
`);

let stopping = false;
const shutdown = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`venue-graph: ${signal}, stopping…`);
  await fed.stop();
  console.log('venue-graph: stopped.');
  process.exit(0);
};
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
void fed.exited.then(async ({ service, code }) => {
  if (stopping) return;
  console.error(`venue-graph: ${service} exited unexpectedly (code ${code}); stopping the others.`);
  stopping = true;
  await fed.stop();
  process.exit(1);
});
