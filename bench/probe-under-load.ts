/**
 * npm run bench:probe — how fast a one-room probe is answered while three hostile callers load the graph.
 *
 * Starts the whole federation as `npm start` does (production mode, each subgraph its own process and
 * SQLite file, the province seeded on first use under `--data`), on free ports of 127.0.0.1. Then, for
 * `--seconds`, three callers send in closed loops (each the next request as soon as the last is answered):
 *   - two anonymous callers, each the heaviest province search the cost limit lets through: `findSpaces`
 *     over the whole province, 100 rooms, each with a week of `freeSlots`, as many aliases as fit under
 *     MAX_COST;
 *   - an analyst, the province's `spaceUtilisation` for as many months (aliases) as fit under MAX_COST;
 * while a fourth caller sends the probe, one at a time with 150 ms between: one room's name and free slots that day. Before
 * the load, the two requests of 15 aliases (search, utilisation) are sent once, to show the refusal.
 * Prints the probe's p50/p95/p99/max, how many probes failed, and each hostile caller's answers by outcome.
 * Bounded: it stops by itself after `--seconds` and stops the federation.
 */
import { parseArgs } from 'node:util';
import { benchAnalystToken, startBenchFederation } from './federation.js';
import { quantile } from './measure.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    data: { type: 'string', default: 'data/bench-probe' },
  },
});
const seconds = Number(values.seconds);
if (!Number.isFinite(seconds) || seconds < 5 || seconds > 3_600) throw new Error('--seconds: 5 to 3600');

// As behind a load balancer: each caller's address comes from X-Forwarded-For, so that the per-caller
// limits (rate, concurrency) see four callers, as they would four machines, not one 127.0.0.1.
const fed = await startBenchFederation(values.data, { GATEWAY_TRUST_PROXY: 'loopback' }, (service, line) => {
  if (/error|fatal/i.test(line)) console.log(`[${service}] ${line}`);
});

const analyst = await benchAnalystToken();

interface Answer {
  status: number;
  ms: number;
  codes: string[];
  /** The first error's message, if any. */
  message: string | null;
  data: Record<string, unknown> | null;
}
async function post(query: string, headers: Record<string, string> = {}): Promise<Answer> {
  const t = performance.now();
  try {
    const res = await fetch(fed.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
      signal: AbortSignal.timeout(30_000),
    });
    const body = (await res.json()) as {
      data?: Record<string, unknown> | null;
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    return {
      status: res.status,
      ms: performance.now() - t,
      codes: (body.errors ?? []).map((e) => e.extensions?.code ?? '?'),
      message: body.errors?.[0]?.message ?? null,
      data: body.data ?? null,
    };
  } catch (err) {
    return { status: 0, ms: performance.now() - t, codes: [(err as Error).name], message: (err as Error).message, data: null };
  }
}

// A window next week, a working day at 09:00–11:00 local (01:00–03:00 UTC).
const day = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
const search = (n: number) =>
  `{ ${Array.from(
    { length: n },
    (_, i) =>
      `s${i}: findSpaces(from: "${day}T01:00:00Z", to: "${day}T03:00:00Z", minCapacity: ${i + 1}, first: 100) { totalCount edges { node { id freeSlots(date: "${day}", days: 7) { startsAt endsAt } } } }`,
  ).join(' ')} }`;
const utilisation = (n: number) =>
  `{ region(code: "33") { ${Array.from({ length: n }, (_, i) => {
    const d = new Date(Date.UTC(2026, 10 - i, 1));
    return `m${i}: spaceUtilisation(month: "${d.toISOString().slice(0, 7)}") { department bookedHours openHours }`;
  }).join(' ')} } }`;

const asAnalyst = { authorization: `Bearer ${analyst}`, 'x-forwarded-for': '192.0.2.30' };
const from = (address: string) => ({ 'x-forwarded-for': address });
/** The most aliases of `make` the cost limit accepts. */
async function most(make: (n: number) => string, headers: Record<string, string> = {}): Promise<number> {
  let n = 1;
  while (n < 15 && (await post(make(n + 1), headers)).status === 200) n++;
  return n;
}
for (const [what, a] of [
  ['15 province searches', await post(search(15))],
  ['15 months of province utilisation', await post(utilisation(15), asAnalyst)],
] as const)
  console.log(`${what}: ${a.status} ${a.codes.join(', ')} in ${a.ms.toFixed(0)} ms`);
const aliases = await most(search);
const months = await most(utilisation, asAnalyst);
const room = (
  await post(`{ findSpaces(from: "${day}T01:00:00Z", to: "${day}T03:00:00Z", regionPrefix: "330106", first: 1) { edges { node { id } } } }`)
).data as { findSpaces: { edges: { node: { id: string } }[] } };
const roomId = room.findSpaces.edges[0]!.node.id;
const probe = `{ space(id: "${roomId}") { name freeSlots(date: "${day}") { startsAt endsAt } } }`;
console.log(`hostile: ${aliases} searches, ${months} months (the most under MAX_COST); probe room ${roomId}; ${seconds} s of load`);

const until = Date.now() + seconds * 1_000;
const tally = () => new Map<string, number>();
/** One message for each kind of failure seen, printed at the end. */
const failures = new Map<string, string>();
const outcome = (a: Answer) => {
  const kind = `${a.status} ${a.codes.length ? [...new Set(a.codes)].join('+') : 'ok'}`;
  if (a.message && !failures.has(kind)) failures.set(kind, a.message);
  return kind;
};
async function hostile(query: string, headers: Record<string, string>, seen: Map<string, number>, times: number[]) {
  while (Date.now() < until) {
    const a = await post(query, headers);
    seen.set(outcome(a), (seen.get(outcome(a)) ?? 0) + 1);
    times.push(a.ms);
  }
}
const callers: { name: string; query: string; headers: Record<string, string> }[] = [
  { name: `anonymous A, ${aliases} province searches`, query: search(aliases), headers: from('192.0.2.10') },
  { name: `anonymous B, ${aliases} province searches`, query: search(aliases), headers: from('192.0.2.20') },
  { name: `analyst, ${months} months of province utilisation`, query: utilisation(months), headers: asAnalyst },
];
const tallies = callers.map((c) => ({ ...c, seen: tally(), times: [] as number[] }));

const probeMs: number[] = [];
const probeSeen = tally();
async function probing() {
  await new Promise((r) => setTimeout(r, 1_000)); // the hostile requests first
  while (Date.now() < until) {
    const a = await post(probe, from('198.51.100.7'));
    probeMs.push(a.ms);
    const ok = a.status === 200 && a.codes.length === 0 && (a.data?.space as { name?: string } | undefined)?.name;
    probeSeen.set(ok ? 'ok' : outcome(a), (probeSeen.get(ok ? 'ok' : outcome(a)) ?? 0) + 1);
    await new Promise((r) => setTimeout(r, 150)); // about 6 a second: under the 600 a minute any one caller may send
  }
}
try {
  await Promise.all([...tallies.map((c) => hostile(c.query, c.headers, c.seen, c.times)), probing()]);
  const pct = (xs: number[], q: number) =>
    quantile(
      [...xs].sort((a, b) => a - b),
      q,
    );
  const f = (ms: number) => `${ms.toFixed(0)} ms`;
  console.log(
    `probe: ${probeMs.length} requests, p50 ${f(pct(probeMs, 0.5))}, p95 ${f(pct(probeMs, 0.95))}, p99 ${f(pct(probeMs, 0.99))}, max ${f(Math.max(...probeMs))}; ${[...probeSeen].map(([k, n]) => `${k}: ${n}`).join(', ')}`,
  );
  for (const c of tallies)
    console.log(
      `${c.name}: ${c.times.length} answers, p50 ${f(pct(c.times, 0.5))}, max ${f(Math.max(...c.times))}; ${[...c.seen].map(([k, n]) => `${k}: ${n}`).join(', ')}`,
    );
  for (const [kind, message] of failures) console.log(`  ${kind}: e.g. "${message.slice(0, 200)}"`);
} finally {
  await fed.stop();
}
process.exit(0);
