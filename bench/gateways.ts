/**
 * npm run bench — venue-graph's gateway against stock Apollo Gateway (the same @apollo/gateway and
 * @apollo/server versions, their default settings, one process each), over the same subgraphs, in one
 * run, alternating: for each round, each client count and each gateway in turn (the order flips every
 * round, so that a drift of the machine falls on both alike), a warm-up not counted and then a measured
 * closed loop. Prints, per phase and as medians over the rounds: requests a second, latency p50/p95/p99,
 * the gateway's CPU per request and its peak resident memory, the subgraph requests and entity
 * representations per query, and the ratios of the two gateways.
 *
 * Workloads (`--workloads`, both by default):
 * - `standard`: the public graphql-gateways-benchmark's four subgraphs and data (bench/standard/) and its
 *   TestQuery; every answer is checked against its expected 87.6 KB answer, byte for byte once keys are
 *   ordered.
 * - `domain`: the committed read operations of schema/operations/ in a mix, over the province seed
 *   (bench/domain.ts).
 *
 *   npm run bench -- [--seconds 20] [--warmup 3] [--rounds 3] [--clients 16,50] [--workloads standard,domain] [--data data]
 *   npm run bench -- --smoke      (CI: 2 s phases, one round, 4 clients; fails on any wrong answer)
 *
 * Bounded (phases of fixed length) and loopback only; it stops every process it started.
 */
import { parseArgs } from 'node:util';
import Table from 'cli-table3';
import { OUR_GATEWAY_ENV } from './federation.js';
import { closedLoop, median, type PhaseResult, type Workload } from './load.js';
import { cpuSeconds, rssMiB } from './measure.js';
import { startStandardWorkload } from './standard/workload.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '3' },
    rounds: { type: 'string', default: '3' },
    clients: { type: 'string', default: '16,50' },
    workloads: { type: 'string', default: 'standard,domain' },
    data: { type: 'string', default: 'data' },
    smoke: { type: 'boolean', default: false },
  },
});
const smoke = values.smoke;
const seconds = smoke ? 2 : Number(values.seconds);
const warmup = smoke ? 0.5 : Number(values.warmup);
const rounds = smoke ? 1 : Number(values.rounds);
const clientCounts = smoke ? [4] : values.clients.split(',').map(Number);
if (!(seconds >= 1 && seconds <= 600)) throw new Error('--seconds: 1 to 600');
if (!(warmup >= 0 && warmup <= 60)) throw new Error('--warmup: 0 to 60');
if (!Number.isInteger(rounds) || rounds < 1 || rounds > 10) throw new Error('--rounds: 1 to 10');
if (clientCounts.some((c) => !Number.isInteger(c) || c < 1 || c > 256)) throw new Error('--clients: counts from 1 to 256, comma-separated');
const workloadNames = values.workloads.split(',');
for (const w of workloadNames) if (w !== 'standard' && w !== 'domain') throw new Error(`--workloads: standard and/or domain, not "${w}"`);

type Side = 'ours' | 'stock';
interface Measured extends PhaseResult {
  subgraphCpuMsPerQuery: number;
  subgraphRequestsPerQuery: number;
  representationsPerQuery: number;
}

async function runWorkload(w: Workload): Promise<boolean> {
  const idle = { ours: rssMiB(w.gateways.ours.pid), stock: rssMiB(w.gateways.stock.pid) };
  console.log(`\n== ${w.name}: idle resident memory ours ${idle.ours.toFixed(0)} MiB, stock ${idle.stock.toFixed(0)} MiB`);
  const results = new Map<string, Measured[]>();
  let wrong = 0;
  for (let r = 1; r <= rounds; r++) {
    const order: Side[] = r % 2 ? ['ours', 'stock'] : ['stock', 'ours'];
    for (const clients of clientCounts) {
      for (const side of order) {
        const g = w.gateways[side];
        const opts = { clients, pid: g.pid, headers: w.headers };
        if (warmup > 0) await closedLoop(g.url, w.requests, { ...opts, seconds: warmup });
        const before = await w.stats?.();
        const subgraphCpu = () => w.subgraphPids().reduce<number>((sum, pid) => sum + cpuSeconds(pid), 0);
        const subgraphCpuBefore = subgraphCpu();
        const phase = await closedLoop(g.url, w.requests, { ...opts, seconds });
        const after = await w.stats?.();
        const m: Measured = {
          ...phase,
          subgraphCpuMsPerQuery: ((subgraphCpu() - subgraphCpuBefore) * 1_000) / phase.requests,
          subgraphRequestsPerQuery: before && after ? (after.requests - before.requests) / phase.requests : Number.NaN,
          representationsPerQuery: before && after ? (after.representations - before.representations) / phase.requests : Number.NaN,
        };
        const key = `${side} ${clients}`;
        results.set(key, [...(results.get(key) ?? []), m]);
        wrong += phase.failed;
        console.log(
          `round ${r}, C=${clients}, ${side.padEnd(5)}: ${phase.requests} in ${phase.seconds.toFixed(1)} s = ${phase.rps.toFixed(1)}/s, ` +
            `p50 ${phase.p50.toFixed(1)} p95 ${phase.p95.toFixed(1)} p99 ${phase.p99.toFixed(1)} ms, ` +
            `CPU ${phase.cpuMsPerRequest.toFixed(2)} ms/request, peak RSS ${phase.peakRssMiB.toFixed(0)} MiB, ` +
            `${Number.isNaN(m.subgraphRequestsPerQuery) ? '' : `subgraph requests ${m.subgraphRequestsPerQuery.toFixed(1)}, representations ${m.representationsPerQuery.toFixed(1)} per query, `}` +
            `subgraphs' CPU ${m.subgraphCpuMsPerQuery.toFixed(2)} ms/query, ${phase.failed} wrong (load generator ${phase.loadGeneratorCpuS.toFixed(1)} CPU s)`,
        );
        for (const [what, n] of phase.failures) console.log(`  wrong: ${what} ×${n}`);
      }
    }
  }
  const table = new Table({
    style: { head: [], border: [] },
    head: ['C', 'gateway', 'RPS', 'right/s', 'p50 ms', 'p95 ms', 'p99 ms', 'CPU ms/req', 'peak RSS MiB', 'subgraph req / repr per query'],
  });
  for (const clients of clientCounts) {
    const med = (side: Side, f: (m: Measured) => number) => median(results.get(`${side} ${clients}`)!.map(f));
    const peak = (side: Side) => Math.max(...results.get(`${side} ${clients}`)!.map((m) => m.peakRssMiB));
    for (const side of ['ours', 'stock'] as const) {
      table.push([
        clients,
        side === 'ours' ? 'venue-graph' : 'stock @apollo/gateway',
        med(side, (m) => m.rps).toFixed(1),
        med(side, (m) => m.rightRps).toFixed(1),
        med(side, (m) => m.p50).toFixed(1),
        med(side, (m) => m.p95).toFixed(1),
        med(side, (m) => m.p99).toFixed(1),
        med(side, (m) => m.cpuMsPerRequest).toFixed(2),
        peak(side).toFixed(0),
        Number.isNaN(med(side, (m) => m.subgraphRequestsPerQuery))
          ? '–'
          : `${med(side, (m) => m.subgraphRequestsPerQuery).toFixed(1)} / ${med(side, (m) => m.representationsPerQuery).toFixed(1)}`,
      ]);
    }
    const ratio = (f: (m: Measured) => number) => med('ours', f) / med('stock', f);
    table.push([
      clients,
      'ours ÷ stock',
      `${ratio((m) => m.rps).toFixed(2)}×`,
      `${ratio((m) => m.rightRps).toFixed(2)}×`,
      `${ratio((m) => m.p50).toFixed(2)}×`,
      `${ratio((m) => m.p95).toFixed(2)}×`,
      `${ratio((m) => m.p99).toFixed(2)}×`,
      `${ratio((m) => m.cpuMsPerRequest).toFixed(2)}×`,
      `${(peak('ours') / peak('stock')).toFixed(2)}×`,
      '',
    ]);
  }
  console.log(`${w.name}: medians of ${rounds} round(s) of ${seconds} s (after ${warmup} s of warm-up each)`);
  console.log(table.toString());
  return wrong === 0;
}

const started: Workload[] = [];
let ok = true;
try {
  console.log(
    `npm run bench: ${workloadNames.join(' and ')}; ${rounds} round(s); clients ${clientCounts.join(', ')}; ${seconds} s phases after ${warmup} s warm-up`,
  );
  for (const name of workloadNames) {
    const w =
      name === 'standard'
        ? await startStandardWorkload(OUR_GATEWAY_ENV)
        : await (await import('./domain.js')).startDomainWorkload(values.data, OUR_GATEWAY_ENV);
    started.push(w);
    ok = (await runWorkload(w)) && ok;
    await w.stop();
    started.pop();
  }
} finally {
  for (const w of started) await w.stop();
}
console.log(ok ? 'every answer was right' : 'SOME ANSWERS WERE WRONG (see "wrong:" above)');
process.exit(ok ? 0 : 1);
