import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUBGRAPH_NAMES } from '../../kit/topology.js';

/**
 * The subgraphs never load the demo world: it goes in through the importer from `npm run seed` and the
 * launcher (seed/demo/). Followed from each subgraph's entry point, its relative imports reach nothing
 * under seed/world/ or seed/demo/ (the committed division list, seed/regions, is reference data).
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'(\.[^']+)'|import\s*\(?\s*'(\.[^']+)'/g;

/** Every repository file a module reaches through relative static imports (and literal dynamic ones). */
function reached(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(IMPORT)) {
      const spec = (m[1] ?? m[2])!;
      const target = path.resolve(path.dirname(file), spec.replace(/\.js$/, '.ts'));
      if (fs.existsSync(target)) visit(target);
    }
  };
  visit(entry);
  return new Set([...seen].map((f) => path.relative(ROOT, f).split(path.sep).join('/')));
}

describe('one way in', () => {
  it.each(SUBGRAPH_NAMES)('the %s subgraph does not load the world generator or the demo seed', (name) => {
    const files = [...reached(path.join(ROOT, 'subgraphs', name, 'index.ts'))];
    expect(files).toContain(`subgraphs/${name}/subgraph.ts`);
    expect(files).toContain('kit/imports/engine.ts');
    expect(files.filter((f) => f.startsWith('seed/world/') || f.startsWith('seed/demo/'))).toEqual([]);
  });

  it('the seed does: the demo world reaches the importer', () => {
    const files = reached(path.join(ROOT, 'scripts', 'seed.ts'));
    for (const f of ['seed/world/index.ts', 'seed/demo/index.ts', 'seed/demo/load.ts', 'kit/imports/engine.ts']) expect(files).toContain(f);
  });
});
