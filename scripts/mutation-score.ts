import fs from 'node:fs';
import path from 'node:path';

/**
 * Adds up the mutation reports under reports/mutation/ (one folder per run of stryker.config.mjs: a
 * part, or a piece of one named by MUTATION_LABEL; Stryker's mutation-testing-report-schema). A file
 * measured by several runs counts once, from the newest report. Per file, per part of
 * stryker.config.mjs and over all: the score as Stryker counts it, detected (killed, timed out) over
 * valid mutants (those, the survivors and the uncovered; static mutants are ignored, compile errors are
 * not mutants). Files of a part that no report measured are listed as not run.
 */

const ROOT = 'reports/mutation';
/** The parts' globs, as stryker.config.mjs has them, to name what is not measured yet. */
const PARTS: Record<string, RegExp> = {
  gateway: /^gateway\//,
  facilities: /^subgraphs\/facilities\/(domain|data)\//,
  kit: /^kit\//,
};

interface Report {
  files: Record<string, { mutants: { status: string }[] }>;
}

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

const newest = new Map<string, { run: string; at: number; detected: number; valid: number }>();
for (const run of fs.existsSync(ROOT) ? fs.readdirSync(ROOT) : []) {
  const file = path.join(ROOT, run, 'mutation.json');
  if (!fs.existsSync(file)) continue;
  const at = fs.statSync(file).mtimeMs;
  const report = JSON.parse(fs.readFileSync(file, 'utf8')) as Report;
  for (const [name, { mutants }] of Object.entries(report.files)) {
    const detected = mutants.filter((m) => DETECTED.has(m.status)).length;
    const valid = detected + mutants.filter((m) => UNDETECTED.has(m.status)).length;
    const seen = newest.get(name);
    if (!seen || seen.at < at) newest.set(name, { run, at, detected, valid });
  }
}

const pct = (d: number, v: number) => (v === 0 ? '—' : `${((100 * d) / v).toFixed(2)} %`);
const rows = [...newest].sort(([a], [b]) => a.localeCompare(b));
for (const [name, r] of rows)
  console.log(
    `${pct(r.detected, r.valid).padStart(9)}  ${String(r.detected).padStart(4)}/${String(r.valid).padEnd(4)}  ${name}  (${r.run})`,
  );
for (const [part, pattern] of Object.entries(PARTS)) {
  const mine = rows.filter(([name]) => pattern.test(name));
  if (mine.length === 0) {
    console.log(`${part}: not run yet`);
    continue;
  }
  const d = mine.reduce((s, [, r]) => s + r.detected, 0);
  const v = mine.reduce((s, [, r]) => s + r.valid, 0);
  console.log(`${part}: ${pct(d, v)} (${d} of ${v} mutants detected, ${mine.length} files)`);
}
const d = rows.reduce((s, [, r]) => s + r.detected, 0);
const v = rows.reduce((s, [, r]) => s + r.valid, 0);
console.log(`all files measured: ${pct(d, v)} (${d} of ${v})`);
