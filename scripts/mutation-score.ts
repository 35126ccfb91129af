import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

/**
 * Adds up the mutation scores: the committed record (test/mutation-scores.json) and every report under
 * reports/mutation/ (one folder per run of stryker.config.mjs: a part, or a piece of one named by
 * MUTATION_LABEL; Stryker's mutation-testing-report-schema). A file measured more than once counts
 * once, from its newest measurement. Per file, per part of stryker.config.mjs and over all: the score as
 * Stryker counts it, detected (killed, timed out) over valid mutants (those, the survivors and the
 * uncovered; static mutants are ignored, compile errors are not mutants).
 *
 * Reports are not committed (a part's is megabytes, and they are rewritten by every run), so the
 * record keeps each file's figures with the SHA-256 of the source they were measured on: a file changed
 * since is shown as stale and left out of the totals, and a file of a part that nothing measured is
 * listed as not run. `--save` writes the record from what is current.
 */

const REPORTS = 'reports/mutation';
const RECORD = 'test/mutation-scores.json';

/** The parts' globs, as stryker.config.mjs has them, to name what is not measured yet. */
const PARTS: Record<string, { pattern: RegExp; roots: string[] }> = {
  gateway: { pattern: /^gateway\//, roots: ['gateway'] },
  facilities: {
    pattern: /^subgraphs\/facilities\/(domain|data)\//,
    roots: ['subgraphs/facilities/domain', 'subgraphs/facilities/data'],
  },
  kit: { pattern: /^kit\//, roots: ['kit'] },
};

interface Measured {
  /** The SHA-256 of the source the figures were measured on. */
  sha256: string;
  detected: number;
  valid: number;
  /** The report's folder (the part or piece) and when it was written. */
  run: string;
  measuredAt: string;
}

interface Report {
  files: Record<string, { source: string; mutants: { status: string }[] }>;
}

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function readRecord(): Record<string, Measured> {
  if (!fs.existsSync(RECORD)) return {};
  return (JSON.parse(fs.readFileSync(RECORD, 'utf8')) as { files: Record<string, Measured> }).files;
}

/** Every file's newest measurement: the record's, unless a report measured it later. */
function measurements(): Map<string, Measured> {
  const newest = new Map(Object.entries(readRecord()));
  for (const run of fs.existsSync(REPORTS) ? fs.readdirSync(REPORTS) : []) {
    const file = path.join(REPORTS, run, 'mutation.json');
    if (!fs.existsSync(file)) continue;
    const measuredAt = fs.statSync(file).mtime.toISOString();
    const report = JSON.parse(fs.readFileSync(file, 'utf8')) as Report;
    for (const [name, { source, mutants }] of Object.entries(report.files)) {
      const detected = mutants.filter((m) => DETECTED.has(m.status)).length;
      const valid = detected + mutants.filter((m) => UNDETECTED.has(m.status)).length;
      const seen = newest.get(name);
      if (!seen || seen.measuredAt < measuredAt) newest.set(name, { sha256: sha256(source), detected, valid, run, measuredAt });
    }
    // Files the run was told to mutate by name (MUTATION_FILES) that Stryker found nothing to mutate in
    // (types only, decorators, a module-level constant): its report leaves them out. They count as
    // measured, with no mutants, if unchanged since the run (the report has no copy of their source).
    for (const name of namedFiles(path.join(REPORTS, run, 'incremental.json'))) {
      if (name in report.files || !fs.existsSync(name) || fs.statSync(name).mtime.toISOString() > measuredAt) continue;
      const seen = newest.get(name);
      if (!seen || seen.measuredAt < measuredAt)
        newest.set(name, { sha256: sha256(fs.readFileSync(name, 'utf8')), detected: 0, valid: 0, run, measuredAt });
    }
  }
  return newest;
}

/** The files a run named one by one (no glob) in its `mutate` option, as its incremental file keeps it. */
function namedFiles(incrementalFile: string): string[] {
  if (!fs.existsSync(incrementalFile)) return [];
  const mutate = (JSON.parse(fs.readFileSync(incrementalFile, 'utf8')) as { config?: { mutate?: unknown } }).config?.mutate;
  return Array.isArray(mutate) ? mutate.filter((m): m is string => typeof m === 'string' && !/[*?{}!]/.test(m)) : [];
}

/** The TypeScript files under `root`, as repository paths. */
function sources(root: string): string[] {
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => path.posix.join(path.relative('.', e.parentPath).split(path.sep).join('/'), e.name));
}

function main(): void {
  const { values } = parseArgs({ options: { save: { type: 'boolean', default: false } } });
  const all = measurements();
  const current = new Map<string, Measured>();
  const stale: string[] = [];
  for (const [name, m] of all) {
    if (!fs.existsSync(name)) continue;
    if (sha256(fs.readFileSync(name, 'utf8')) === m.sha256) current.set(name, m);
    else stale.push(name);
  }

  const pct = (d: number, v: number) => (v === 0 ? '—' : `${((100 * d) / v).toFixed(2)} %`);
  const rows = [...current].sort(([a], [b]) => a.localeCompare(b));
  for (const [name, r] of rows) {
    console.log(
      `${pct(r.detected, r.valid).padStart(9)}  ${String(r.detected).padStart(4)}/${String(r.valid).padEnd(4)}  ${name}  (${r.run}, ${r.measuredAt.slice(0, 10)})`,
    );
  }
  for (const name of stale.sort()) console.log(`    stale  ${name}  (changed since ${all.get(name)!.measuredAt.slice(0, 10)})`);
  for (const [part, { pattern, roots }] of Object.entries(PARTS)) {
    const mine = rows.filter(([name]) => pattern.test(name));
    const unmeasured = roots.flatMap(sources).filter((f) => !current.has(f));
    const d = mine.reduce((s, [, r]) => s + r.detected, 0);
    const v = mine.reduce((s, [, r]) => s + r.valid, 0);
    const rest = unmeasured.length === 0 ? 'every file measured' : `${unmeasured.length} files stale or not run: ${unmeasured.join(', ')}`;
    console.log(`${part}: ${pct(d, v)} (${d} of ${v} mutants detected, ${mine.length} files; ${rest})`);
  }
  const d = rows.reduce((s, [, r]) => s + r.detected, 0);
  const v = rows.reduce((s, [, r]) => s + r.valid, 0);
  console.log(`all files measured: ${pct(d, v)} (${d} of ${v})`);

  if (values.save) {
    const files = Object.fromEntries(rows);
    fs.writeFileSync(RECORD, `${JSON.stringify({ files }, null, 2)}\n`);
    console.log(`wrote ${RECORD}: ${rows.length} files`);
  }
}

main();
