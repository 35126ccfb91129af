/**
 * npm run import: a department's own spreadsheets into the graph.
 *
 *   npm run import -- template social-work [--out 社工站.xlsx]   the template of a department (or facilities)
 *   npm run import -- social-work 建设清单.xlsx                   check a file against the graph (changes nothing)
 *   npm run import -- social-work 建设清单.xlsx --commit          …and write it (all or nothing; --skip-invalid)
 *
 * The template has one sheet per kind of record, Chinese headers, drop-downs, text-formatted code
 * columns and an explanation sheet (kit/sheets/template.ts). Checking reads .xlsx or .csv (UTF-8 or
 * GBK/GB18030), finds the header under any title rows, checks every cell, resolves divisions given by
 * code or name against the division list (a name alone within the file's county: `--region`, or the
 * one county its other rows lie in) and prints each refusal with its sheet, row and header as the file
 * has them (kit/sheets/check.ts, regions.ts). The rows that pass go to the owner's subgraph through the
 * gateway with the officer's token (--token or VENUE_GRAPH_TOKEN; --gateway, else the local one),
 * which checks them again, allows each by the rule of reads, finds references and known keys, and
 * writes only with --commit (kit/imports/). --offline checks the file alone.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SUBGRAPH_NAMES } from '../kit/topology.js';
import { checkWorkbook, countsOf } from '../kit/sheets/check.js';
import { regionResolver, resolveRegions } from '../kit/sheets/regions.js';
import { isRegionCode } from '../kit/region-code.js';
import { loadRegions } from '../seed/regions.js';
import { readWorkbook, SheetReadError } from '../kit/sheets/read.js';
import { refusalsOf, refusalTable, sheetSummary, writeAnnotatedCopy } from '../kit/sheets/report.js';
import { writeTemplate } from '../kit/sheets/template.js';
import { DEFAULT_GATEWAY, GatewayError } from '../kit/sheets/gateway-client.js';
import {
  importRequest,
  mergePlacementRefusals,
  mergeServerRefusals,
  type PlacementResult,
  sendImport,
  sendPlacements,
  type ServerResult,
  venuesToPlace,
} from '../kit/imports/client.js';
import { screamingSnake, VENUE_DEPARTMENTS } from '../kit/departments.js';
import { progress } from '../kit/imports/progress.js';
import { loadImportSpec } from '../subgraphs/index.js';

const USAGE = `usage:
  npm run import -- template <${SUBGRAPH_NAMES.join('|')}> [--out FILE.xlsx]
  npm run import -- <${SUBGRAPH_NAMES.join('|')}> FILE.xlsx|FILE.csv [--commit [--skip-invalid]] [--gateway URL] [--token TOKEN]
                     [--encoding utf-8|gb18030] [--region CODE] [--report FILE.xlsx] [--offline]`;

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const OPTIONS = {
  out: { type: 'string' },
  report: { type: 'string' },
  region: { type: 'string' },
  commit: { type: 'boolean', default: false },
  'skip-invalid': { type: 'boolean', default: false },
  offline: { type: 'boolean', default: false },
  gateway: { type: 'string' },
  token: { type: 'string' },
  encoding: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

function parse() {
  try {
    return parseArgs({ options: OPTIONS, allowPositionals: true });
  } catch (err) {
    return fail((err as Error).message);
  }
}

const { values, positionals } = parse();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

/** A path as the user typed it: npm runs scripts in the package's folder, and says where the user was in INIT_CWD. */
const userPath = (p: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), p);

async function spec(owner: string | undefined) {
  if (!owner) fail('name a department (or facilities)');
  try {
    return await loadImportSpec(owner);
  } catch (err) {
    return fail((err as Error).message);
  }
}

const [first, second] = positionals;
if (first === 'template') {
  const template = await spec(second);
  const out = userPath(values.out ?? `${template.owner}-template.xlsx`);
  if (!out.toLowerCase().endsWith('.xlsx')) fail(`--out: the template is an .xlsx file, got "${values.out}"`);
  await writeTemplate(template, out);
  const sheets = template.sheets.map((s) => `${s.name} (${s.columns.length} columns)`).join(', ');
  console.log(`Wrote ${out}: ${sheets}, and 填写说明 explaining every column.`);
} else if (first) {
  const template = await spec(first);
  if (!second) fail('name the file to check');
  const encoding = values.encoding;
  if (encoding !== undefined && encoding !== 'utf-8' && encoding !== 'gb18030') fail(`--encoding: utf-8 or gb18030, got "${encoding}"`);
  if (values.region !== undefined && !isRegionCode(values.region)) fail(`--region: a division code (e.g. 330106), got "${values.region}"`);
  if (values.offline && (values.commit || values['skip-invalid'])) fail('--offline checks the file alone: it cannot --commit');
  if (values['skip-invalid'] && !values.commit) fail('--skip-invalid goes with --commit');
  const input = userPath(second);
  const venueType = VENUE_DEPARTMENTS.find((d) => d.dept === template.owner)?.venueType;
  const places = venueType !== undefined && template.sheets.some((sh) => sh.columns.some((c) => c.field === 'address'));
  const stages = progress(values.offline ? 3 : places ? 5 : 4);
  stages.next(`读取 reading ${second}`);
  let book: Awaited<ReturnType<typeof readWorkbook>>;
  try {
    book = await readWorkbook(input, { encoding });
  } catch (err) {
    stages.stop();
    if (err instanceof SheetReadError) {
      console.error(`${err.reason.zh}\n${err.reason.en}`);
      process.exit(1);
    }
    throw err;
  }
  stages.next('检查 checking every cell');
  const check = checkWorkbook(book, template);
  stages.next('区划 resolving divisions');
  // Divisions by code or name, against the committed division list (the one facilities holds).
  const resolver = regionResolver(loadRegions());
  const county = resolveRegions(check, resolver, { within: values.region });
  // Counted once the divisions are resolved: a name not found refuses its row too.
  const fileCounts = countsOf(check);
  let server: ServerResult | undefined;
  let placed: PlacementResult | undefined;
  if (!values.offline) {
    const gateway = values.gateway ?? DEFAULT_GATEWAY;
    stages.next(`${values.commit ? '写入 importing' : '核对 checking against the database'} through ${gateway}`);
    const request = importRequest(check, book, path.basename(input), { commit: values.commit, skipInvalid: values['skip-invalid'] });
    try {
      server = await sendImport(gateway, values.token ?? process.env.VENUE_GRAPH_TOKEN, template.owner, request);
    } catch (err) {
      stages.stop();
      if (!(err instanceof GatewayError)) throw err;
      console.error(err.message);
      if (err.codes.includes('FORBIDDEN') || err.codes.includes('UNAUTHENTICATED')) {
        console.error('Importing needs a staff (or admin) token: --token TOKEN or VENUE_GRAPH_TOKEN (npm run token -- --help).');
      } else if (/larger than \d+ bytes/.test(err.message)) {
        console.error('The file is too big for one request (1 MB, about 5,000 rows): split it, e.g. by township, and import each part.');
      } else if (/Could not reach/.test(err.message)) {
        console.error('Start the federation (npm run start), give --gateway URL, or check the file alone with --offline.');
      }
      process.exit(1);
    }
    mergeServerRefusals(check, server);
    // Venues that came with an address hang their plaques at a site (facilities), once they are written.
    const venues = places && (server.committed || !values.commit) ? venuesToPlace(check, server, screamingSnake(venueType!)) : [];
    if (places) stages.next(`挂牌场地 placing ${venues.length} venues at sites`);
    if (venues.length) {
      try {
        placed = await sendPlacements(gateway, values.token ?? process.env.VENUE_GRAPH_TOKEN, venues, {
          commit: server.committed,
          fileName: request.fileName,
          fileSha256: request.fileSha256,
        });
      } catch (err) {
        stages.stop();
        if (!(err instanceof GatewayError)) throw err;
        console.error(
          `${err.message}\nThe records were ${server.committed ? 'written' : 'checked'}; run the same command again to place the venues.`,
        );
        process.exit(1);
      }
      mergePlacementRefusals(check, venues, placed);
    }
  }
  stages.stop();
  console.log(
    `${second}: ${book.format}${book.encoding ? `, ${book.encoding}` : ''}; 检查 checked against the ${template.owner} template (${template.title.zh})`,
  );
  if (county) console.log(`  区划范围 names looked up within: ${resolver.fullName(county)} (${county})`);
  for (const sheet of check.sheets) console.log(`  ${sheetSummary(sheet)}`);
  if (check.ignoredSheets.length) console.log(`  忽略的工作表 ignored sheets: ${check.ignoredSheets.join('、')}`);
  const refusals = refusalsOf(check);
  if (refusals.length) {
    console.log(refusalTable(refusals));
    const report = userPath(values.report ?? `${input.replace(/\.(xlsx|csv)$/i, '')}.report.xlsx`);
    await writeAnnotatedCopy({ path: input, book }, check, report);
    console.log(`错误已标注在 the errors are marked in ${report}`);
  }
  if (!server) {
    console.log(
      `${fileCounts.read} rows read: ${fileCounts.valid} passed the file's checks, ${fileCounts.refused} refused. Nothing was written (--offline: the database was not asked).`,
    );
  } else {
    const c = server.counts;
    const outcome = server.committed
      ? `Written: import #${server.importId}.`
      : values.commit
        ? `Nothing was written: ${c.refused} rows refused (all or nothing; --skip-invalid writes the others).`
        : 'Nothing was written (dry run: --commit writes).';
    console.log(
      `${c.read} rows read: ${c.inserted} inserted, ${c.updated} updated, ${c.unchanged} unchanged, ${c.refused} refused. ${outcome}`,
    );
    if (placed) {
      const n = (a: string) => placed!.placements.filter((p) => p.action === a).length;
      console.log(
        `挂牌场地 sites: ${n('existing-site')} at an existing site, ${n('new-site')} at a new site (address only), ${n('moved')} moved, ${n('unchanged')} unchanged, ${placed.refusals.length} refused. ${placed.committed ? `Written: import #${placed.importId}.` : 'Nothing was written.'}`,
      );
    }
  }
  process.exit(refusals.length ? 1 : 0);
} else {
  fail('nothing to do');
}
