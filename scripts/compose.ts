/**
 * npm run compose: writes each subgraph's SDL to schema/<name>.graphql and the composed supergraph
 * to schema/supergraph.graphql. Exits 1 on a composition error. `--check` writes nothing and exits 1
 * when the committed files differ from what the code produces.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { composeFromCode, driftedFiles, SCHEMA_DIR } from './compose-lib.js';

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });

try {
  const composed = await composeFromCode();
  const drifted = driftedFiles(composed);
  if (values.check) {
    if (drifted.length) {
      console.error(`schema/ is out of date: ${drifted.join(', ')}. Run npm run compose and commit the result.`);
      process.exit(1);
    }
    console.log('schema/ matches the code.');
  } else {
    fs.mkdirSync(SCHEMA_DIR, { recursive: true });
    for (const [file, text] of Object.entries(composed.files)) fs.writeFileSync(path.join(SCHEMA_DIR, file), text);
    console.log(drifted.length ? `updated ${drifted.map((f) => `schema/${f}`).join(', ')}` : 'schema/ unchanged');
  }
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
