/**
 * npm run bench:latency — how long the committed operations take through the whole federation, idle.
 *
 * Starts the federation as `npm start` does (production mode, each subgraph its own process and SQLite
 * file under `--data`, seeded with the province on first use) on free ports of 127.0.0.1, then sends each
 * of a few committed operations (schema/operations/, with their example variables) `--requests` times, as an analyst,
 * one at a time, and prints p50 and p90 for each. Bounded: it stops the federation when done.
 */
import { parseArgs } from 'node:util';
import { op } from '../test/helpers/operations.js';
import { benchAnalystToken, startBenchFederation } from './federation.js';
import { quantile } from './measure.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: 'data/bench-probe' },
    requests: { type: 'string', default: '40' },
  },
});
const n = Number(values.requests);
if (!Number.isInteger(n) || n < 5 || n > 10_000) throw new Error('--requests: 5 to 10000');
const OPERATIONS = ['q2-station-page', 'region-overview', 'q1-find-space', 'q5-coverage-gaps'];

const fed = await startBenchFederation(values.data);
// An analyst, as the committed operations' callers are (q2's funding and staff are not public).
const analyst = await benchAnalystToken();
try {
  for (const name of OPERATIONS) {
    const request = JSON.stringify(op(name));
    const ms: number[] = [];
    let failed = 0;
    for (let i = 0; i < n; i++) {
      const t = performance.now();
      const res = await fetch(fed.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${analyst}` },
        body: request,
      });
      const body = (await res.json()) as { errors?: unknown[] };
      ms.push(performance.now() - t);
      if (res.status !== 200 || body.errors) failed++;
    }
    ms.sort((a, b) => a - b);
    const at = (q: number) => quantile(ms, q).toFixed(1);
    console.log(`${name}: ${n} requests, one at a time: p50 ${at(0.5)} ms, p90 ${at(0.9)} ms${failed ? `; ${failed} with errors` : ''}`);
  }
} finally {
  await fed.stop();
}
process.exit(0);
