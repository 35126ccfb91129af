/**
 * npm run sync: a department's own database (PostgreSQL, MySQL or MariaDB) into the graph.
 *
 *   npm run sync -- culture --mapping 文化站旧系统.yaml                  what would change (changes nothing)
 *   npm run sync -- culture --mapping 文化站旧系统.yaml --commit         bring in what is new or changed
 *   npm run sync -- culture --mapping 文化站旧系统.yaml --commit --delete-missing   …and remove what the source no longer has
 *
 * The mapping file (kit/imports/sync.ts) names the source, a table or query per kind of record, which
 * of its columns feeds which field and how its codes translate to ours. The rows read are checked,
 * reported and imported exactly as a file's are (npm run import), through the gateway with the
 * officer's token (--token or VENUE_GRAPH_TOKEN; --gateway, else the local one); the same source twice
 * changes nothing. Records within the mapping's `scope` that the source no longer has are reported,
 * and removed only with --delete-missing.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importRequest, mergeServerRefusals, sendImport } from '../kit/imports/client.js';
import { progress } from '../kit/imports/progress.js';
import { loadMapping, MappingError, readSource, sourceHeaders } from '../kit/imports/sync.js';
import { redactUrl } from '../kit/redact.js';
import { checkWorkbook } from '../kit/sheets/check.js';
import { DEFAULT_GATEWAY, GatewayError } from '../kit/sheets/gateway-client.js';
import { regionResolver, resolveRegions } from '../kit/sheets/regions.js';
import { refusalsOf, refusalTable, sheetSummary, writeAnnotatedCopy } from '../kit/sheets/report.js';
import { SUBGRAPH_NAMES } from '../kit/topology.js';
import { loadRegions } from '../seed/regions.js';
import { loadImportSpec } from '../subgraphs/index.js';

const USAGE = `usage: npm run sync -- <${SUBGRAPH_NAMES.join('|')}> --mapping FILE.yaml [--commit [--delete-missing]] [--gateway URL] [--token TOKEN] [--report FILE.xlsx]`;

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function parse() {
  try {
    return parseArgs({
      options: {
        mapping: { type: 'string' },
        commit: { type: 'boolean', default: false },
        'delete-missing': { type: 'boolean', default: false },
        gateway: { type: 'string' },
        token: { type: 'string' },
        report: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
    });
  } catch (err) {
    return fail((err as Error).message);
  }
}

const { values, positionals } = parse();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const userPath = (p: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), p);
const [owner] = positionals;
if (!owner) fail('name a department (or facilities)');
if (!values.mapping) fail('--mapping: the mapping file is required');
if (values['delete-missing'] && !values.commit) fail('--delete-missing goes with --commit');

let template: Awaited<ReturnType<typeof loadImportSpec>>;
try {
  template = await loadImportSpec(owner);
} catch (err) {
  fail((err as Error).message);
}
const mappingFile = userPath(values.mapping);
const stages = progress(4);
try {
  const mapping = loadMapping(mappingFile, template);
  if (values['delete-missing'] && !mapping.scope) {
    stages.stop();
    fail('--delete-missing: the mapping must say its scope (the division the source is complete for)');
  }
  stages.next(`读取 reading ${redactUrl(mapping.source)}`);
  const source = await readSource(mapping, template);
  stages.next('检查 checking every value');
  const check = checkWorkbook(source.book, template);
  sourceHeaders(check, source.columns);
  stages.next('区划 resolving divisions');
  const resolver = regionResolver(loadRegions());
  resolveRegions(check, resolver, { within: mapping.scope && mapping.scope.length >= 6 ? mapping.scope.slice(0, 6) : undefined });
  const gateway = values.gateway ?? DEFAULT_GATEWAY;
  stages.next(`${values.commit ? '写入 importing' : '核对 checking against the database'} through ${gateway}`);
  const request = {
    ...importRequest(check, source.book, `sync:${path.basename(mappingFile)}`, { commit: values.commit, skipInvalid: false }),
    missing: mapping.scope ? { scope: mapping.scope, delete: values['delete-missing'] } : null,
  };
  const server = await sendImport(gateway, values.token ?? process.env.VENUE_GRAPH_TOKEN, template.owner, request);
  mergeServerRefusals(check, server);
  stages.stop();

  console.log(
    `sync ${path.basename(mappingFile)}: ${source.rows} rows from ${redactUrl(mapping.source)}; 检查 against the ${template.owner} template`,
  );
  for (const sheet of check.sheets) console.log(`  ${sheetSummary(sheet)}`);
  const refusals = refusalsOf(check);
  if (refusals.length) {
    console.log(refusalTable(refusals));
    if (values.report) {
      const report = userPath(values.report);
      await writeAnnotatedCopy({ path: '', book: { ...source.book, format: 'csv' } }, check, report);
      console.log(`错误已标注在 the errors are marked in ${report}`);
    }
  }
  const c = server.counts;
  const outcome = server.committed
    ? `Written: import #${server.importId}.`
    : values.commit
      ? `Nothing was written: ${c.refused} rows refused (all or nothing).`
      : 'Nothing was written (dry run: --commit writes).';
  console.log(
    `${c.read} rows read: ${c.inserted} inserted, ${c.updated} updated, ${c.unchanged} unchanged, ${c.refused} refused. ${outcome}`,
  );
  if (server.missing.length) {
    const list = server.missing.map((m) => `${m.sheet} ${m.id} (${m.key})`).join(', ');
    console.log(
      server.deleted
        ? `不在源中 no longer in the source, deleted: ${server.deleted}: ${list}`
        : `不在源中 no longer in the source: ${server.missing.length}: ${list} (--delete-missing removes them)`,
    );
  } else if (mapping.scope) console.log(`不在源中 no longer in the source: 0 (within ${mapping.scope})`);
  process.exit(refusals.length ? 1 : 0);
} catch (err) {
  stages.stop();
  if (err instanceof MappingError || err instanceof GatewayError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}
