/**
 * npm run bench:overhead — what the gateway adds to a query one subgraph answers alone.
 *
 * Starts the federation as `npm start` does (production mode, each subgraph its own process and SQLite
 * file under `--data`, the province seeded on first use) on free ports of 127.0.0.1. Then sends
 * `socialWorkStation(id) { id name }` `--requests` times, one at a time, alternately through the gateway
 * (as an analyst, with a bearer token) and straight to the social-work subgraph with the identity the
 * gateway would have signed for it (signed afresh every 5 s, as it lives 10 s). Prints p50, p95 and p99 of
 * each, the difference, and the gateway's CPU per request (its process's CPU time over the gateway
 * requests, from /proc). Bounded: it stops the federation when done.
 */
import { parseArgs } from 'node:util';
import { IDENTITY_HEADER, type Identity, signInternalIdentity } from '../kit/identity.js';
import { BENCH_INTERNAL_SECRET, benchAnalystToken, startBenchFederation } from './federation.js';
import { cpuSeconds, quantile } from './measure.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: 'data/bench-probe' },
    requests: { type: 'string', default: '1000' },
  },
});
const n = Number(values.requests);
if (!Number.isInteger(n) || n < 10 || n > 100_000) throw new Error('--requests: 10 to 100000');

const QUERY = JSON.stringify({ query: '{ socialWorkStation(id: "sw-330102009") { id name } }' });
const analyst: Identity = { sub: 'bench-analyst', name: null, role: 'analyst', dept: null, region: null };
const bearer = await benchAnalystToken();
const internalKey = BENCH_INTERNAL_SECRET;
let signed = { token: '', at: 0 };
async function identityHeader(): Promise<string> {
  if (Date.now() - signed.at > 5_000) {
    signed = { token: await signInternalIdentity(analyst, 'bench', 'social-work', internalKey), at: Date.now() };
  }
  return signed.token;
}

async function once(url: string, headers: Record<string, string>): Promise<number> {
  const t = performance.now();
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: QUERY });
  const body = (await res.json()) as { data?: { socialWorkStation?: { id: string } }; errors?: unknown[] };
  if (res.status !== 200 || body.errors || body.data?.socialWorkStation?.id !== 'sw-330102009') {
    throw new Error(`${url}: HTTP ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
  }
  return performance.now() - t;
}

// One caller sends every request: its per-caller limits out of the way.
const fed = await startBenchFederation(values.data, { RATE_LIMIT_PER_MINUTE: '1000000', MAX_CONCURRENT_PER_CALLER: '10000' });
try {
  const direct = fed.subgraphUrls['social-work'];
  const gatewayPid = fed.pids().gateway;
  const through: number[] = [];
  const straight: number[] = [];
  let gatewayCpu = 0;
  // Warm-up: plans cached, connections open, code compiled.
  for (let i = 0; i < 50; i++) {
    await once(fed.gatewayUrl, { authorization: `Bearer ${bearer}` });
    await once(direct, { [IDENTITY_HEADER]: await identityHeader() });
  }
  for (let i = 0; i < n; i++) {
    const before = cpuSeconds(gatewayPid);
    through.push(await once(fed.gatewayUrl, { authorization: `Bearer ${bearer}` }));
    gatewayCpu += cpuSeconds(gatewayPid) - before;
    straight.push(await once(direct, { [IDENTITY_HEADER]: await identityHeader() }));
  }
  const at = (xs: number[], q: number) =>
    quantile(
      [...xs].sort((a, b) => a - b),
      q,
    );
  const line = (label: string, xs: number[]) =>
    `${label}: p50 ${at(xs, 0.5).toFixed(2)} ms, p95 ${at(xs, 0.95).toFixed(2)} ms, p99 ${at(xs, 0.99).toFixed(2)} ms`;
  console.log(`socialWorkStation(id) { id name }, ${n} requests each, one at a time, alternating`);
  console.log(line('through the gateway ', through));
  console.log(line('straight to social-work', straight));
  console.log(
    `gateway overhead: p50 ${(at(through, 0.5) - at(straight, 0.5)).toFixed(2)} ms, p95 ${(at(through, 0.95) - at(straight, 0.95)).toFixed(2)} ms; gateway CPU ${((gatewayCpu / n) * 1_000).toFixed(2)} ms a request (/proc, 10 ms ticks summed over ${n})`,
  );
} finally {
  await fed.stop();
}
process.exit(0);
