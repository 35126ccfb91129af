import { SUBGRAPHS } from '../kit/topology.js';
import { type Gateway, launchScript } from '../scripts/launch.js';
import { op } from '../test/helpers/operations.js';
import { BENCH_INTERNAL_SECRET, benchAnalystToken, startBenchFederation } from './federation.js';
import type { LoadRequest, Workload } from './load.js';

/**
 * The domain workload of `npm run bench`: the committed read operations of schema/operations/, each with
 * its example variables, sent in turn as the benchmarks' analyst, over the whole federation as
 * `npm start` runs it on the province seed (under `dataDir`, seeded on first use). Not in it: the
 * booking story's mutations (q3-1, q3-3, q3-4: they change what the reads answer), q3-2 (a department's
 * staff inbox) and the calendar feed's document (served as iCalendar at its own route).
 *
 * Stock Apollo Gateway runs over the same five subgraphs with the same supergraph, plus the two things
 * venue-graph's subgraphs require of a caller (bench/standard/stock-gateway.ts): their URLs, and the
 * analyst's identity signed for each.
 */
export const DOMAIN_MIX = [
  'q1-find-space',
  'q2-station-page',
  'q3-5-calendar',
  'q4-province-social-work',
  'q5-coverage-gaps',
  'q6-utilisation',
  'region-overview',
  'culture-grades-by-county',
  'practice-tiers-by-city',
  'stations-below-staff-target',
];

/**
 * Judges an answer to a read: 200, no errors, and the same bytes as the first answer to it (whichever
 * gateway gave it): the data does not change during the run, so both gateways must agree.
 */
function sameAnswerCheck(): LoadRequest['check'] {
  let first: string | null = null;
  return (status, text) => {
    if (status !== 200) return `HTTP ${status}`;
    if (text === first) return null;
    if (text.includes('"errors"')) {
      try {
        return `error ${(JSON.parse(text) as { errors: { extensions?: { code?: string }; message?: string }[] }).errors[0]?.extensions?.code}`;
      } catch {
        return 'not JSON';
      }
    }
    if (first === null) {
      first = text;
      return null;
    }
    return 'differs from the first answer to the same request';
  };
}

export async function startDomainWorkload(dataDir: string, ourEnv: Record<string, string>, mix = DOMAIN_MIX): Promise<Workload> {
  const fed = await startBenchFederation(dataDir, ourEnv, (service, line) => {
    if (/"level":(50|60)/.test(line)) console.log(`[${service}] ${line}`);
  });
  let stock: Gateway;
  try {
    stock = await launchScript(
      'stock-gateway',
      'bench/standard/stock-gateway.ts',
      {
        ...process.env,
        NODE_ENV: 'production',
        SUPERGRAPH_PATH: 'schema/supergraph.graphql',
        PORT: '0',
        SUBGRAPH_URLS: JSON.stringify(fed.subgraphUrls),
        INTERNAL_SECRET: BENCH_INTERNAL_SECRET,
        IDENTITY: JSON.stringify({ sub: 'bench-analyst', name: null, role: 'analyst', dept: null, region: null }),
      },
      { startTimeoutMs: 120_000 },
      false,
    );
  } catch (err) {
    await fed.stop();
    throw err;
  }
  const pids = fed.pids();
  return {
    name: `domain workload (${mix.length} committed read operations in turn, province seed, as an analyst)`,
    gateways: { ours: { url: fed.gatewayUrl, pid: pids.gateway, stop: async () => {} }, stock },
    requests: mix.map((name) => ({ label: name, body: JSON.stringify(op(name)), check: sameAnswerCheck() })),
    headers: { authorization: `Bearer ${await benchAnalystToken()}` },
    subgraphPids: () => SUBGRAPHS.map((s) => fed.pids()[s.name]),
    stop: async () => {
      await stock.stop();
      await fed.stop();
    },
  };
}
