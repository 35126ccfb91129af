/**
 * npm run import: a department's own spreadsheets into the graph.
 *
 *   npm run import -- template social-work [--out 社工站.xlsx]   the template of a department (or facilities)
 *   npm run import -- social-work 建设清单.xlsx                   check a file and print the report (changes nothing)
 *
 * The template has one sheet per kind of record, Chinese headers, drop-downs, text-formatted code
 * columns and an explanation sheet (kit/sheets/template.ts). Checking reads .xlsx or .csv (UTF-8 or
 * GBK/GB18030), finds the header under any title rows, checks every cell, resolves divisions given by
 * code or name against the division list (a name alone within the file's county: `--region`, or the
 * one county its other rows lie in) and prints each refusal with its sheet, row and header as the file
 * has them (kit/sheets/check.ts, regions.ts).
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
import { loadImportSpec } from '../subgraphs/index.js';

const USAGE = `usage:
  npm run import -- template <${SUBGRAPH_NAMES.join('|')}> [--out FILE.xlsx]
  npm run import -- <${SUBGRAPH_NAMES.join('|')}> FILE.xlsx|FILE.csv [--encoding utf-8|gb18030] [--region CODE] [--report FILE.xlsx]`;

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const OPTIONS = {
  out: { type: 'string' },
  report: { type: 'string' },
  region: { type: 'string' },
  commit: { type: 'boolean', default: false },
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
  if (values.commit) fail('--commit: writing is not built yet; this version checks a file and changes nothing');
  const encoding = values.encoding;
  if (encoding !== undefined && encoding !== 'utf-8' && encoding !== 'gb18030') fail(`--encoding: utf-8 or gb18030, got "${encoding}"`);
  const input = userPath(second);
  let book: Awaited<ReturnType<typeof readWorkbook>>;
  try {
    book = await readWorkbook(input, { encoding });
  } catch (err) {
    if (err instanceof SheetReadError) {
      console.error(`${err.reason.zh}\n${err.reason.en}`);
      process.exit(1);
    }
    throw err;
  }
  if (values.region !== undefined && !isRegionCode(values.region)) fail(`--region: a division code (e.g. 330106), got "${values.region}"`);
  const check = checkWorkbook(book, template);
  // Divisions by code or name, against the committed division list (the one facilities holds).
  const resolver = regionResolver(loadRegions());
  const county = resolveRegions(check, resolver, { within: values.region });
  console.log(
    `${second}: ${book.format}${book.encoding ? `, ${book.encoding}` : ''}; 检查 checked against the ${template.owner} template (${template.title.zh})`,
  );
  if (county) console.log(`  区划范围 names looked up within: ${resolver.fullName(county)} (${county})`);
  for (const sheet of check.sheets) console.log(`  ${sheetSummary(sheet)}`);
  if (check.ignoredSheets.length) console.log(`  忽略的工作表 ignored sheets: ${check.ignoredSheets.join('、')}`);
  const refusals = refusalsOf(check);
  const counts = countsOf(check);
  if (refusals.length) {
    console.log(refusalTable(refusals));
    const report = userPath(values.report ?? input.replace(/\.(xlsx|csv)$/i, '') + '.report.xlsx');
    await writeAnnotatedCopy({ path: input, book }, check, report);
    console.log(`错误已标注在 the errors are marked in ${report}`);
  }
  console.log(
    `${counts.read} rows read: ${counts.valid} passed the file's checks, ${counts.refused} refused. Nothing was written (dry run).`,
  );
  process.exit(refusals.length ? 1 : 0);
} else {
  fail('nothing to do');
}
