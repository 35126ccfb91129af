import fs from 'node:fs';
import path from 'node:path';

/**
 * Adds up the mutation reports of the parts of stryker.config.mjs (reports/mutation/<part>/mutation.json,
 * Stryker's mutation-testing-report-schema): per file and over all, the score as Stryker counts it,
 * detected (killed, timed out) over valid mutants (those and the survivors and uncovered ones; static
 * mutants are ignored and compile errors are not mutants). Parts not run yet are named as missing.
 */

const ROOT = 'reports/mutation';
const PARTS = ['gateway', 'facilities', 'kit-serving', 'kit-data'];

interface Report {
  files: Record<string, { mutants: { status: string }[] }>;
}

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

const rows: { part: string; file: string; detected: number; valid: number }[] = [];
const missing: string[] = [];
for (const part of PARTS) {
  const file = path.join(ROOT, part, 'mutation.json');
  if (!fs.existsSync(file)) {
    missing.push(part);
    continue;
  }
  const report = JSON.parse(fs.readFileSync(file, 'utf8')) as Report;
  for (const [name, { mutants }] of Object.entries(report.files)) {
    const detected = mutants.filter((m) => DETECTED.has(m.status)).length;
    const valid = detected + mutants.filter((m) => UNDETECTED.has(m.status)).length;
    rows.push({ part, file: name, detected, valid });
  }
}

const pct = (d: number, v: number) => (v === 0 ? '—' : `${((100 * d) / v).toFixed(2)} %`);
rows.sort((a, b) => a.file.localeCompare(b.file));
for (const r of rows)
  console.log(`${pct(r.detected, r.valid).padStart(9)}  ${String(r.detected).padStart(4)}/${String(r.valid).padEnd(4)}  ${r.file}`);
for (const part of PARTS.filter((p) => !missing.includes(p))) {
  const mine = rows.filter((r) => r.part === part);
  const d = mine.reduce((s, r) => s + r.detected, 0);
  const v = mine.reduce((s, r) => s + r.valid, 0);
  console.log(`part ${part}: ${pct(d, v)} (${d} of ${v} mutants detected)`);
}
const d = rows.reduce((s, r) => s + r.detected, 0);
const v = rows.reduce((s, r) => s + r.valid, 0);
console.log(`all parts run: ${pct(d, v)} (${d} of ${v})${missing.length ? `; not run yet: ${missing.join(', ')}` : ''}`);
