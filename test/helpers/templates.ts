import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SUBGRAPHS, type SubgraphName } from '../../kit/topology.js';
import { BACKENDS, createTestDatabases, type Backend, type TestDatabases } from './databases.js';

/**
 * The seeded test world (scale small, seed 2021), seeded once per run into template databases that the
 * suites copy (createTestDatabases' `templates`) instead of seeding again. Made in the vitest process by
 * the global setups (test/setup/*.ts); shared between projects through a global, released by the last.
 */

export type TemplateUrls = Record<SubgraphName, string>;

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const TEMPLATE_SCALE = 'small';
export const TEMPLATE_SEED = 2021;

/** Seeds empty databases of one backend with `npm run seed` (a process of its own: what a user runs). */
async function seedTemplate(backend: Backend): Promise<TestDatabases> {
  const dbs = await createTestDatabases(backend);
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn' };
  for (const s of SUBGRAPHS) env[`${s.envPrefix}_DB_URL`] = dbs.urls[s.name];
  const args = ['--import', 'tsx', 'scripts/seed.ts', '--scale', TEMPLATE_SCALE, '--seed', String(TEMPLATE_SEED)];
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d) => output.push(String(d)));
    child.stderr.on('data', (d) => output.push(String(d)));
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0) {
    await dbs.drop();
    throw new Error(`seeding the ${backend} template failed (exit ${code}):\n${output.join('').slice(-4000)}`);
  }
  return dbs;
}

/**
 * Where seeded SQLite templates are kept between runs, when set (stryker.vitest.config.ts sets it: a
 * mutation run starts vitest's global setups once per mutant, and seeding is most of a run's time).
 * Never set for `npm test`, which seeds afresh every run.
 */
const CACHE_DIR = process.env.VENUE_GRAPH_TEMPLATE_CACHE;

/**
 * The SQLite template kept in `dir`, seeded there by the first run that finds none (into a directory of
 * its own, renamed into place once complete: runs started at once may each seed, and one wins).
 */
async function cachedTemplate(dir: string): Promise<TestDatabases> {
  const urls = Object.fromEntries(SUBGRAPHS.map((s) => [s.name, path.join(dir, `${s.name}.sqlite`)])) as TemplateUrls;
  const kept: TestDatabases = { urls, drop: async () => {} };
  const READY = 'ready';
  if (fs.existsSync(path.join(dir, READY))) return kept;
  const fresh = await seedTemplate('sqlite');
  const freshDir = path.dirname(fresh.urls[SUBGRAPHS[0]!.name]);
  fs.writeFileSync(path.join(freshDir, READY), new Date().toISOString());
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  try {
    fs.renameSync(freshDir, dir);
  } catch {
    await fresh.drop(); // another run's template is in place
  }
  return kept;
}

interface Shared {
  users: number;
  templates: Map<Backend, Promise<TestDatabases>>;
}
const KEY = Symbol.for('venue-graph.test-templates');
const shared = (): Shared => {
  const g = globalThis as unknown as Record<symbol, Shared | undefined>;
  g[KEY] ??= { users: 0, templates: new Map() };
  return g[KEY];
};

/** The template of each backend in BACKENDS, seeded on first use in this run; call releaseTemplates when done. */
export async function acquireTemplates(): Promise<Partial<Record<Backend, TemplateUrls>>> {
  const s = shared();
  s.users += 1;
  const out: Partial<Record<Backend, TemplateUrls>> = {};
  // One after the other: the machine is small, and each seed runs its five subgraphs in parallel already.
  for (const backend of BACKENDS) {
    if (!s.templates.has(backend))
      s.templates.set(backend, CACHE_DIR && backend === 'sqlite' ? cachedTemplate(CACHE_DIR) : seedTemplate(backend));
    out[backend] = (await s.templates.get(backend)!).urls;
  }
  return out;
}

/** Drops the templates once the last user has released them. */
export async function releaseTemplates(): Promise<void> {
  const s = shared();
  s.users -= 1;
  if (s.users > 0) return;
  const all = [...s.templates.values()];
  s.templates.clear();
  await Promise.all(all.map(async (p) => (await p.catch(() => null))?.drop()));
}
