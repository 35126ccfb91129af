/**
 * npm start: the whole federation on this machine: five subgraphs on ports 4001-4005 (each with its
 * own SQLite database under data/, created and seeded on first start) and the gateway on port 4000.
 * A process that crashes is restarted (scripts/launch.ts); Ctrl-C or SIGTERM stops them all.
 */
import { launchFederation, type Federation } from './launch.js';

const started = Date.now();
console.log('venue-graph: starting five subgraphs and the gateway (the first start creates and seeds data/)…');

// Signals are handled from the start: a Ctrl-C while the databases are being seeded stops every child.
let stopping = false;
const launch = new AbortController();
let stopFederation: () => Promise<void> = async () => {
  launch.abort();
  await launching.catch(() => {}); // rejects once every child started so far has stopped
};
const shutdown = async (signal: string, code = 0) => {
  if (stopping) return;
  stopping = true;
  console.log(`venue-graph: ${signal}, stopping…`);
  await stopFederation();
  console.log('venue-graph: stopped.');
  process.exit(code);
};
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

const say = (service: string, line: string) => process.stdout.write(`[${service.padEnd(11)}] ${line}\n`);
const launching = launchFederation({
  onLine: say,
  signal: launch.signal,
  // A crashed process is started again on its port; the others keep serving meanwhile.
  onEvent: (e) => {
    if (e.kind === 'exited')
      say('supervisor', `${e.service} exited (${e.signal ?? `code ${e.code}`}); restarting it in ${e.restartInMs} ms`);
    else if (e.kind === 'restarted') say('supervisor', `${e.service} restarted at ${e.url} (restart ${e.restarts})`);
    else say('supervisor', `${e.service} could not restart: ${e.error}; trying again`);
  },
});
let fed: Federation;
try {
  fed = await launching;
} catch (err) {
  if (stopping) await new Promise(() => {}); // shutdown() finishes and exits
  console.error(`venue-graph: could not start: ${(err as Error).message}`);
  process.exit(1);
}
stopFederation = fed.stop;
const root = fed.gatewayUrl.replace(/\/graphql$/, '/');
console.log(`
venue-graph is up in ${((Date.now() - started) / 1000).toFixed(1)} s
  GraphQL endpoint: ${fed.gatewayUrl}
  Explorer:         ${root}
  Subgraphs:        ${Object.entries(fed.subgraphUrls)
    .map(([n, u]) => `${n} ${u}`)
    .join(', ')}
Press Ctrl-C to stop.
`);
