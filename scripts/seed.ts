/**
 * npm run seed: regenerates databases from a seed number (the same number gives the same data).
 *
 *   npm run seed                                   every subgraph, the whole province, seed 2021
 *   npm run seed -- --scale city:3301 --seed 7     Hangzhou only, another seed
 *   npm run seed -- --only social-work,culture     just these subgraphs
 *
 * Each database is the one its subgraph would use (FACILITIES_DB_URL, … or data/<name>.sqlite); it is
 * emptied (every migration rolled back) and migrated and seeded again. A progress bar per subgraph
 * shows the table being written; counts and times are printed at the end.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { loadSubgraphConfig, SCALE_PATTERN } from '../kit/config.js';
import { reseedDatabase } from '../kit/subgraph.js';
import { SUBGRAPH_NAMES, type SubgraphName } from '../kit/topology.js';
import { DEFAULT_SEED } from '../seed/world/index.js';
import { loadSubgraphDefinitions } from '../subgraphs/index.js';

const USAGE = `usage: npm run seed -- [--seed N] [--scale province|small|city:<4 digits>|county:<6 digits>] [--only ${SUBGRAPH_NAMES.join(',')}]`;

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const OPTIONS = {
  seed: { type: 'string', default: String(DEFAULT_SEED) },
  scale: { type: 'string', default: 'province' },
  only: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

function parse() {
  try {
    return parseArgs({ options: OPTIONS }).values;
  } catch (err) {
    return fail((err as Error).message);
  }
}
const values = parse();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const seed = Number(values.seed);
if (!Number.isInteger(seed) || seed < 0) fail(`--seed must be a whole number ≥ 0, got "${values.seed}"`);
if (!SCALE_PATTERN.test(values.scale)) fail(`--scale: unknown scale "${values.scale}"`);
const names = (values.only ? values.only.split(',').map((s) => s.trim()) : [...SUBGRAPH_NAMES]) as SubgraphName[];
for (const n of names) if (!SUBGRAPH_NAMES.includes(n)) fail(`--only: unknown subgraph "${n}"`);

// Bars on a terminal; in a log (CI, a pipe) one line per table written instead.
const tty = Boolean(process.stdout.isTTY);
const bars = new cliProgress.MultiBar(
  { format: '{subgraph} [{bar}] {percentage}% | {table} {value}/{total}', hideCursor: true, clearOnComplete: false },
  cliProgress.Presets.shades_classic,
);
const definitions = await loadSubgraphDefinitions();
const started = Date.now();
console.log(`Seeding ${names.join(', ')} — scale ${values.scale}, seed ${seed}`);
const results = await Promise.allSettled(
  names.map(async (name) => {
    const config = loadSubgraphConfig(name, process.env);
    const bar = tty ? bars.create(1, 0, { subgraph: name.padEnd(11), table: '(migrating)' }) : null;
    const t0 = Date.now();
    const counts = await reseedDatabase(definitions[name], config.databaseUrl, { seed, scale: values.scale }, (table, done, total) => {
      bar?.setTotal(total);
      bar?.update(done, { table });
      if (!bar && done === total) console.log(`${name.padEnd(11)} ${table}: ${total} rows`);
    });
    bar?.update(bar.getTotal(), { table: 'done' });
    return { name, counts, ms: Date.now() - t0 };
  }),
);
bars.stop();

let failed = false;
for (const [i, r] of results.entries()) {
  if (r.status === 'fulfilled') {
    const rows = Object.values(r.value.counts).reduce((a, b) => a + b, 0);
    console.log(
      `${r.value.name.padEnd(11)} ${String(rows).padStart(7)} rows in ${(r.value.ms / 1000).toFixed(1)} s: ${Object.entries(r.value.counts)
        .map(([t, n]) => `${t} ${n}`)
        .join(', ')}`,
    );
  } else {
    failed = true;
    const message = (r.reason as Error).message;
    console.error(
      `${names[i]!.padEnd(11)} FAILED: ${message.length > 400 ? `${message.slice(0, 200)} … ${message.slice(-200)}` : message}`,
    );
  }
}
console.log(`${failed ? 'Seeding failed' : 'Seeded'} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
process.exit(failed ? 1 : 0);
