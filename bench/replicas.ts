/**
 * npm run bench:replicas — throughput of the read mix through one gateway, then through two replicas
 * sharing Redis, over the same five subgraphs.
 *
 * Starts the federation as `npm start` does (production mode, each subgraph its own process and SQLite
 * file under `--data`, the province seeded on first use) on free ports of 127.0.0.1, with REDIS_URL (a
 * key prefix of this run's) and per-caller limits out of the way. Then, for `--seconds` each (after 3 s
 * of warm-up not counted), `--clients` closed-loop clients (each sends its next request as soon as the
 * last is answered) send the read mix, the committed operations q2-station-page, q1-find-space,
 * q5-coverage-gaps and region-overview in turn with their example variables, as an analyst: all to
 * gateway 1, then alternating between gateway 1 and a second gateway on the same Redis, `--rounds`
 * times. For each phase it prints requests a second, p50/p95, failures by code, the CPU seconds and
 * memory of each process; then the medians. Bounded: it stops by itself and stops every process it
 * started.
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import type { Gateway } from '../scripts/launch.js';
import { op } from '../test/helpers/operations.js';
import { benchAnalystToken, startBenchFederation, startBenchGateway } from './federation.js';
import { cpuSeconds, quantile, rssMiB } from './measure.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: 'data/bench-probe' },
    seconds: { type: 'string', default: '30' },
    clients: { type: 'string', default: '16' },
    rounds: { type: 'string', default: '3' },
    redis: { type: 'string', default: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' },
  },
});
const seconds = Number(values.seconds);
const clients = Number(values.clients);
if (!Number.isFinite(seconds) || seconds < 5 || seconds > 600) throw new Error('--seconds: 5 to 600');
if (!Number.isInteger(clients) || clients < 1 || clients > 256) throw new Error('--clients: 1 to 256');
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 1 || rounds > 10) throw new Error('--rounds: 1 to 10');

const MIX = ['q2-station-page', 'q1-find-space', 'q5-coverage-gaps', 'region-overview'];
const bodies = MIX.map((name) => JSON.stringify(op(name)));

const prefix = `venue-graph-bench:${randomBytes(3).toString('hex')}:`;
const env = {
  REDIS_URL: values.redis,
  REDIS_KEY_PREFIX: prefix,
  RATE_LIMIT_PER_MINUTE: '1000000',
  MAX_CONCURRENT_PER_CALLER: '10000',
};
const fed = await startBenchFederation(values.data, env, (service, line) => {
  if (/"level":(50|60)|error|fatal/i.test(line)) console.log(`[${service}] ${line}`);
});
let second: Gateway | undefined;
// An analyst, as the read mix's callers are (q2's funding and staff are not public).
const analyst = await benchAnalystToken();

interface Phase {
  requests: number;
  failed: number;
  ms: number[];
  /** Failures by operation and first error code (or HTTP status). */
  reasons: Map<string, number>;
}

async function load(urls: string[], forMs: number, record: boolean): Promise<Phase> {
  const phase: Phase = { requests: 0, failed: 0, ms: [], reasons: new Map() };
  const end = performance.now() + forMs;
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      const url = urls[c % urls.length]!;
      for (let i = c; performance.now() < end; i++) {
        const t = performance.now();
        let reason: string | null = null;
        try {
          const res = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${analyst}` },
            body: bodies[i % bodies.length],
          });
          const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
          if (res.status !== 200 || body.errors) reason = body.errors?.[0]?.extensions?.code ?? `HTTP ${res.status}`;
        } catch (err) {
          reason = (err as Error).name;
        }
        if (!record) continue;
        phase.requests++;
        if (reason) {
          phase.failed++;
          const key = `${MIX[i % MIX.length]} ${reason}`;
          phase.reasons.set(key, (phase.reasons.get(key) ?? 0) + 1);
        }
        phase.ms.push(performance.now() - t);
      }
    }),
  );
  return phase;
}

async function measure(label: string, urls: string[], pids: Record<string, number | undefined>): Promise<number> {
  await load(urls, 3_000, false);
  const before = Object.fromEntries(Object.entries(pids).map(([k, pid]) => [k, cpuSeconds(pid)]));
  const selfBefore = process.cpuUsage();
  const started = performance.now();
  const phase = await load(urls, seconds * 1_000, true);
  const elapsed = (performance.now() - started) / 1_000;
  const self = process.cpuUsage(selfBefore);
  phase.ms.sort((a, b) => a - b);
  const at = (q: number) => quantile(phase.ms, q).toFixed(1);
  const rate = phase.requests / elapsed;
  console.log(
    `${label}: ${phase.requests} requests in ${elapsed.toFixed(1)} s = ${rate.toFixed(1)}/s, p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, ${phase.failed} failed`,
  );
  if (phase.failed) console.log(`  failed: ${[...phase.reasons].map(([k, n]) => `${k} ×${n}`).join(', ')}`);
  const cpu = Object.entries(pids).map(([k, pid]) => `${k} ${(cpuSeconds(pid) - before[k]!).toFixed(1)}`);
  cpu.push(`load generator ${((self.user + self.system) / 1e6).toFixed(1)}`);
  console.log(`  CPU seconds over the ${elapsed.toFixed(0)} s: ${cpu.join(', ')}`);
  console.log(
    `  resident memory at the end, MiB: ${Object.entries(pids)
      .map(([k, pid]) => `${k} ${rssMiB(pid).toFixed(0)}`)
      .join(', ')}`,
  );
  return rate;
}

try {
  console.log(`read mix: ${MIX.join(', ')}; ${clients} closed-loop clients; ${seconds} s a phase; ${rounds} rounds`);
  // Both gateways run throughout (an idle one costs nothing but its 5 s supergraph poll); each round
  // measures one, then both, so that a drift of the machine during the run falls on both alike.
  second = await startBenchGateway(fed.subgraphUrls, env);
  const pids = { ...fed.pids(), 'gateway-2': second.pid };
  const one: number[] = [];
  const two: number[] = [];
  for (let r = 1; r <= rounds; r++) {
    one.push(await measure(`round ${r}, 1 gateway`, [fed.gatewayUrl], pids));
    two.push(await measure(`round ${r}, 2 gateways (Redis shared state)`, [fed.gatewayUrl, second.url], pids));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(
    `median of ${rounds}: 1 gateway ${median(one).toFixed(1)}/s, 2 gateways ${median(two).toFixed(1)}/s: the second replica adds ${((median(two) / median(one) - 1) * 100).toFixed(0)} %`,
  );
} finally {
  await second?.stop();
  await fed.stop();
  const redis = new Redis(values.redis);
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
}
process.exit(0);
