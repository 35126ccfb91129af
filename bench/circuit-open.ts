/**
 * npm run bench:circuit — how fast the gateway answers a subgraph's fields while its circuit is open.
 *
 * An in-process gateway (the real one, every feature) over two local servers on 127.0.0.1: facilities
 * answering at once, culture taking connections and never answering (stalled). Three requests meet the
 * 300 ms timeout and open culture's circuit; then `--requests` (default 500) requests, one at a time,
 * each asking a facilities field and a culture field, are timed. Prints p50/p95/max and how many got
 * facilities' data with culture's SUBGRAPH_UNAVAILABLE. Bounded: it stops by itself.
 */
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { loadGatewayConfig } from '../gateway/config.js';
import { startGateway } from '../gateway/server.js';
import { SUBGRAPHS } from '../kit/topology.js';
import { quantile } from './measure.js';

process.env.APOLLO_TELEMETRY_DISABLED = 'true';
const { values } = parseArgs({ options: { requests: { type: 'string', default: '500' } } });
const n = Number(values.requests);
if (!Number.isInteger(n) || n < 1 || n > 100_000) throw new Error('--requests: 1 to 100000');

const listen = (server: net.Server) =>
  new Promise<string>((r) => server.listen(0, '127.0.0.1', () => r(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`)));
const facilities = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ data: { region: { name: '浙江省' } } }));
  });
});
const held = new Set<net.Socket>();
const culture = net.createServer((s) => held.add(s));
const [facilitiesUrl, cultureUrl] = await Promise.all([listen(facilities), listen(culture)]);
const nowhere = await listen(net.createServer((s) => s.destroy()));

const env: Record<string, string> = {
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
  GATEWAY_HOST: '127.0.0.1',
  GATEWAY_PORT: '0',
  GATEWAY_METRICS_PORT: '0',
  JWT_SECRET: 'bench-secret-bench-secret-bench-secret-00',
  INTERNAL_SECRET: 'bench-internal-bench-internal-bench-00',
  SUBGRAPH_TIMEOUT_MS: '300',
  SUBGRAPH_CIRCUIT_FAILURES: '3',
  SUBGRAPH_CIRCUIT_HALF_OPEN_MS: '600000',
  ...Object.fromEntries(SUBGRAPHS.map((s) => [`${s.envPrefix}_URL`, nowhere])),
  FACILITIES_URL: facilitiesUrl,
  CULTURE_URL: cultureUrl,
};
const gateway = await startGateway(loadGatewayConfig(env));
const QUERY = JSON.stringify({ query: '{ region(code: "33") { name } cultureStations(first: 0) { totalCount } }' });
const ask = async () => {
  const res = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY });
  return (await res.json()) as {
    data?: { region?: { name: string }; cultureStations: unknown };
    errors?: { extensions?: { code?: string } }[];
  };
};
try {
  for (let i = 0; i < 3; i++) await ask(); // three timeouts open the circuit
  const ms: number[] = [];
  let partial = 0;
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const body = await ask();
    ms.push(performance.now() - t);
    if (body.data?.region?.name === '浙江省' && body.errors?.[0]?.extensions?.code === 'SUBGRAPH_UNAVAILABLE') partial++;
  }
  ms.sort((a, b) => a - b);
  const at = (q: number) => quantile(ms, q).toFixed(1);
  console.log(`circuit open: ${n} requests, one at a time: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${ms.at(-1)!.toFixed(1)} ms`);
  console.log(`answers with facilities' data and culture's SUBGRAPH_UNAVAILABLE: ${partial} of ${n}`);
} finally {
  await gateway.close();
  for (const s of held) s.destroy();
  await Promise.all([facilities, culture].map((s) => new Promise((r) => s.close(r))));
  process.exit(0);
}
