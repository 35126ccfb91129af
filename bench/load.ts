import { Pool } from 'undici';
import type { Gateway } from '../scripts/launch.js';
import { cpuSeconds, quantile, rssMiB } from './measure.js';

/** One request of a workload: the body to POST and how to judge the answer (null: right; else what is wrong). */
export interface LoadRequest {
  label: string;
  body: string;
  check: (status: number, text: string) => string | null;
}

/** A workload as the driver runs it: its two gateways over its subgraphs, its requests, its counters. */
export interface Workload {
  name: string;
  gateways: { ours: Gateway; stock: Gateway };
  requests: LoadRequest[];
  /** Headers every request carries (a caller's bearer token). */
  headers?: Record<string, string>;
  /** Requests and representations the subgraphs have received so far, where the workload can count them. */
  stats?: () => Promise<{ requests: number; representations: number }>;
  /** The subgraphs' processes (their CPU is reported beside the gateway's). */
  subgraphPids: () => (number | undefined)[];
  stop(): Promise<void>;
}

export interface PhaseResult {
  requests: number;
  failed: number;
  /** Failures by request label and what was wrong, first 1 of each kind. */
  failures: Map<string, number>;
  seconds: number;
  /** Answers a second, right or wrong. */
  rps: number;
  /** Right answers a second. */
  rightRps: number;
  p50: number;
  p95: number;
  p99: number;
  /** CPU seconds the measured process used over the phase, per request, in ms. */
  cpuMsPerRequest: number;
  /** The measured process's highest resident memory seen during the phase (sampled every 100 ms), MiB. */
  peakRssMiB: number;
  /** The load generator's own CPU over the phase, in seconds. */
  loadGeneratorCpuS: number;
}

/**
 * A closed loop of `clients` clients against one URL on 127.0.0.1 (each sends its next request as soon as
 * its last is answered) for `seconds`: the requests in turn, each answer judged. Bounded by time; the
 * process at `pid` is the one whose CPU and memory are read (from /proc).
 */
export async function closedLoop(
  url: string,
  requests: readonly LoadRequest[],
  opts: { clients: number; seconds: number; pid: number | undefined; headers?: Record<string, string> },
): Promise<PhaseResult> {
  const target = new URL(url);
  if (target.hostname !== '127.0.0.1') throw new Error(`load goes to 127.0.0.1 only, not ${target.hostname}`);
  const pool = new Pool(target.origin, { connections: opts.clients, pipelining: 1, keepAliveTimeout: 30_000 });
  const headers = { 'content-type': 'application/json', ...opts.headers };
  const ms: number[] = [];
  const failures = new Map<string, number>();
  let failed = 0;
  let peak = rssMiB(opts.pid);
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssMiB(opts.pid));
  }, 100);
  const cpuBefore = cpuSeconds(opts.pid);
  const selfBefore = process.cpuUsage();
  const started = performance.now();
  const end = started + opts.seconds * 1_000;
  try {
    await Promise.all(
      Array.from({ length: opts.clients }, async (_, c) => {
        for (let i = c; performance.now() < end; i++) {
          const r = requests[i % requests.length]!;
          const t = performance.now();
          let wrong: string | null;
          try {
            const res = await pool.request({ path: target.pathname, method: 'POST', headers, body: r.body });
            wrong = r.check(res.statusCode, await res.body.text());
          } catch (err) {
            wrong = (err as Error).message;
          }
          ms.push(performance.now() - t);
          if (wrong) {
            failed++;
            const key = `${r.label}: ${wrong.slice(0, 200)}`;
            failures.set(key, (failures.get(key) ?? 0) + 1);
          }
        }
      }),
    );
  } finally {
    clearInterval(sampler);
    await pool.close();
  }
  const seconds = (performance.now() - started) / 1_000;
  const self = process.cpuUsage(selfBefore);
  ms.sort((a, b) => a - b);
  return {
    requests: ms.length,
    failed,
    failures,
    seconds,
    rps: ms.length / seconds,
    rightRps: (ms.length - failed) / seconds,
    p50: quantile(ms, 0.5),
    p95: quantile(ms, 0.95),
    p99: quantile(ms, 0.99),
    cpuMsPerRequest: ((cpuSeconds(opts.pid) - cpuBefore) * 1_000) / ms.length,
    peakRssMiB: Math.max(peak, rssMiB(opts.pid)),
    loadGeneratorCpuS: (self.user + self.system) / 1e6,
  };
}

/** The median of numbers (the middle one; of an even count, the upper middle). */
export function median(xs: readonly number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
}
