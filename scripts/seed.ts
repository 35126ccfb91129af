/**
 * npm run seed: regenerates databases from a seed number (the same number gives the same data).
 *
 *   npm run seed                                   every subgraph, the whole province, seed 2021
 *   npm run seed -- --scale city:3301 --seed 7     Hangzhou only, another seed
 *   npm run seed -- --only social-work,culture     just these subgraphs
 *
 * Each database is the one its subgraph would use (FACILITIES_DB_URL, … or data/<name>.sqlite); it is
 * emptied (every migration rolled back) and migrated and seeded again: what the departments' lists hold
 * goes in through the importer, as their files would (seed/demo/). A progress bar per subgraph
 * shows the table being written; counts and times are printed at the end.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { loadSubgraphConfig, SCALE_PATTERN } from '../kit/config.js';
import { SUBGRAPH_NAMES, type SubgraphName } from '../kit/topology.js';
import { DEMO_SEEDERS, reseedDatabase, seedIfEmpty } from '../seed/demo/index.js';
import { DEFAULT_SEED } from '../seed/world/index.js';
import { loadSubgraphDefinitions } from '../subgraphs/index.js';

const USAGE = `usage: npm run seed -- [--seed N] [--scale province|small|city:<4 digits>|county:<6 digits>] [--only ${SUBGRAPH_NAMES.join(',')}] [--if-empty]
  --if-empty   seed only the databases that hold nothing yet, each with its subgraph's SEED and SEED_SCALE
               (unless --seed or --scale say otherwise) and not when SEED_ON_START=false: what npm start runs`;

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const OPTIONS = {
  seed: { type: 'string' },
  scale: { type: 'string' },
  only: { type: 'string' },
  'if-empty': { type: 'boolean', default: false },
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
const seedGiven = values.seed === undefined ? undefined : Number(values.seed);
if (seedGiven !== undefined && (!Number.isInteger(seedGiven) || seedGiven < 0))
  fail(`--seed must be a whole number ≥ 0, got "${values.seed}"`);
if (values.scale !== undefined && !SCALE_PATTERN.test(values.scale)) fail(`--scale: unknown scale "${values.scale}"`);
const ifEmpty = values['if-empty'];
const seed = seedGiven ?? DEFAULT_SEED;
const scale = values.scale ?? 'province';
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
console.log(ifEmpty ? `Seeding what is empty of ${names.join(', ')}` : `Seeding ${names.join(', ')} — scale ${scale}, seed ${seed}`);
const results = await Promise.allSettled(
  names.map(async (name) => {
    const config = loadSubgraphConfig(name, process.env);
    const t0 = Date.now();
    if (ifEmpty && !config.seedOnStart) return { name, counts: null, ms: 0, why: 'SEED_ON_START=false' };
    const bar = tty ? bars.create(1, 0, { subgraph: name.padEnd(11), table: '(migrating)' }) : null;
    const progress = (table: string, done: number, total: number) => {
      bar?.setTotal(total);
      bar?.update(done, { table });
      if (!bar && done === total) console.log(`${name.padEnd(11)} ${table}: ${total} rows`);
    };
    const counts = ifEmpty
      ? await seedIfEmpty(
          definitions[name],
          DEMO_SEEDERS[name],
          config.databaseUrl,
          { seed: seedGiven ?? config.seed, scale: values.scale ?? config.seedScale },
          progress,
        )
      : await reseedDatabase(definitions[name], DEMO_SEEDERS[name], config.databaseUrl, { seed, scale }, progress);
    bar?.update(bar.getTotal(), { table: 'done' });
    return { name, counts, ms: Date.now() - t0, why: 'already seeded' };
  }),
);
bars.stop();

let failed = false;
for (const [i, r] of results.entries()) {
  if (r.status === 'fulfilled' && r.value.counts === null) {
    console.log(`${r.value.name.padEnd(11)} not seeded: ${r.value.why}`);
  } else if (r.status === 'fulfilled') {
    const counts = r.value.counts ?? {};
    const rows = Object.values(counts).reduce((a, b) => a + b, 0);
    console.log(
      `${r.value.name.padEnd(11)} ${String(rows).padStart(7)} rows in ${(r.value.ms / 1000).toFixed(1)} s: ${Object.entries(counts)
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
