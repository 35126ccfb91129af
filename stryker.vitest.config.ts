import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProjectConfiguration } from 'vitest/config';
import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * Stryker starts vitest's global setups again for every mutant it tests, and seeding the SQLite
 * templates is most of such a run: keep them between runs (test/helpers/templates.ts), under a name
 * made from what the seed is made of, so a change to the seed seeds afresh.
 */
function seedInputsHash(): string {
  const hash = createHash('sha256');
  const visit = (p: string) => {
    if (!fs.existsSync(p)) return;
    if (fs.statSync(p).isDirectory()) for (const e of fs.readdirSync(p).sort()) visit(path.join(p, e));
    else hash.update(p).update(fs.readFileSync(p));
  };
  // The demo world goes in through the importer: its code and each department's template and writer shape the data too.
  for (const p of ['seed', 'scripts/seed.ts', 'kit/columns.ts', 'kit/db.ts', 'kit/imports', 'kit/sheets']) visit(p);
  for (const s of fs.readdirSync('subgraphs').sort()) {
    for (const p of ['migrations', 'data/columns.ts', 'import-spec.ts', 'import-writer.ts']) visit(path.join('subgraphs', s, p));
  }
  return hash.digest('hex').slice(0, 16);
}
process.env.VENUE_GRAPH_TEMPLATE_CACHE ??= path.join(os.tmpdir(), 'venue-graph-template-cache', seedInputsHash());

/** Projects whose files may share one module graph: no type-graphql schema is built in them. */
const SHARED_MODULES = new Set(['unit', 'gateway']);

/**
 * The vitest configuration Stryker runs (stryker.config.json): the project's own, without the e2e
 * project (a mutant is judged by the unit, gateway and subgraphs tests; the federation as processes
 * would not see the sandbox's mutated files anyway). Stryker runs one file at a time in threads; the
 * unit and gateway files run without isolation, which saves importing Apollo once per file (unit and
 * gateway together: 12 s instead of 20 s here). The subgraphs files need theirs (type-graphql keeps
 * its metadata in a global).
 */
const projects = (base.test?.projects ?? []) as TestProjectConfiguration[];
/**
 * MUTATION_PROJECTS=unit,gateway judges a run's mutants by those projects' tests only: code that the
 * subgraph files reach only while starting (kit's HTTP server) is otherwise run against every one of them
 * for each mutant, about 20 s a mutant here. Fewer tests can only kill fewer mutants: such a score is a
 * lower bound.
 */
const only = process.env.MUTATION_PROJECTS?.split(',').filter(Boolean);
const nameOf = (p: TestProjectConfiguration) => (typeof p === 'object' && 'test' in p ? p.test?.name : undefined);

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    projects: projects
      .filter((p) => nameOf(p) !== undefined && nameOf(p) !== 'e2e' && (!only || only.includes(nameOf(p)!)))
      .map((p) => {
        const project = p as { test?: { name?: string } };
        return SHARED_MODULES.has(project.test?.name ?? '') ? { ...project, test: { ...project.test, isolate: false } } : p;
      }),
  },
});
