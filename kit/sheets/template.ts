import ExcelJS from 'exceljs';
import { columnLetters } from './read.js';
import type { CellKind, ColumnSpec, Reason, SheetSpec, TemplateSpec } from './spec.js';

/**
 * An import template as an XLSX workbook (exceljs): one sheet per kind of record with the Chinese
 * headers, one example row, code and id columns formatted as text (so Excel never turns a 12-digit
 * code into 3.30106E+11), drop-down lists of the Chinese labels for enum columns, and a sheet that
 * explains every column in both languages.
 */

/** The explanation sheet's name; the importer skips it. */
export const EXPLANATION_SHEET = '填写说明';

/** Kinds kept as text in Excel: digits that are names, not numbers. */
const TEXT_KINDS: ReadonlySet<CellKind['type']> = new Set(['code', 'region', 'uscc', 'idCard', 'phone', 'text']);

/** What a column's cells look like, for the explanation sheet. */
export function formatOf(kind: CellKind): Reason {
  switch (kind.type) {
    case 'text':
      return { zh: `文本，最多 ${kind.maxLength ?? 200} 字`, en: `text, at most ${kind.maxLength ?? 200} characters` };
    case 'code':
      return { zh: `文本格式的编码：${kind.expected.zh}`, en: `a code kept as text: ${kind.expected.en}` };
    case 'int':
      return { zh: `整数${rangeZh(kind)}`, en: `a whole number${rangeEn(kind)}` };
    case 'decimal':
      return { zh: `数字${rangeZh(kind)}`, en: `a number${rangeEn(kind)}` };
    case 'money':
      return { zh: '金额，单位元（表头注明“万元”时按万元）', en: 'an amount in yuan (in 10,000 yuan when the header says 万元)' };
    case 'date':
      return { zh: '日期，如 2021-06-02、2021/6/2 或 2021年6月2日', en: 'a date such as 2021-06-02, 2021/6/2 or 2021年6月2日' };
    case 'enum':
      return {
        zh: `从下拉列表选择：${kind.values.map((v) => v.labels[0]).join('、')}`,
        en: `one of the drop-down list: ${kind.values.map((v) => v.value).join(', ')}`,
      };
    case 'enumList':
      return {
        zh: `一项或多项，以顿号（、）或逗号分隔：${kind.values.map((v) => v.labels[0]).join('、')}`,
        en: `one or more, separated by 、 or commas: ${kind.values.map((v) => v.value).join(', ')}`,
      };
    case 'weeklyHours':
      return {
        zh: '开放时间：星期与时段，如“周一至周五 09:00-17:00；周六、周日 09:00-12:00”“每天 08:30-20:30”，闭馆日可写“周一闭馆”',
        en: 'opening hours: days and spans, e.g. 周一至周五 09:00-17:00；周六、周日 09:00-12:00 or 每天 08:30-20:30; a closed day as 周一闭馆',
      };
    case 'bool':
      return { zh: '是 或 否', en: '是 (yes) or 否 (no)' };
    case 'progress':
      return { zh: '已建成、建设中、未启动，或百分比（如 60%）', en: 'built, under construction, not started, or a percentage (60%)' };
    case 'region':
      return { zh: '区划名称或区划代码（文本格式）', en: 'a division name or its code (as text)' };
    case 'uscc':
      return { zh: '18 位统一社会信用代码（文本格式）', en: 'an 18-character unified social credit code (as text)' };
    case 'idCard':
      return { zh: '18 位公民身份号码（文本格式）', en: 'an 18-character resident identity number (as text)' };
    case 'phone':
      return { zh: '手机号或座机号（文本格式），如 0571-87654321', en: 'a mobile or landline number (as text), e.g. 0571-87654321' };
  }
}

/** A number column's bounds in words: both, the lower or the upper one, or none. */
function rangeZh({ min, max }: { min?: number; max?: number }): string {
  if (min !== undefined && max !== undefined) return `，${min} 至 ${max}`;
  if (min !== undefined) return `，不小于 ${min}`;
  return max !== undefined ? `，不大于 ${max}` : '';
}
function rangeEn({ min, max }: { min?: number; max?: number }): string {
  if (min !== undefined && max !== undefined) return ` from ${min} to ${max}`;
  if (min !== undefined) return ` of at least ${min}`;
  return max !== undefined ? ` of at most ${max}` : '';
}

/** The labels a drop-down offers, or none for a column without a list. */
function choicesOf(kind: CellKind): string[] | null {
  if (kind.type === 'enum') return kind.values.map((v) => v.labels[0]);
  if (kind.type === 'bool') return ['是', '否'];
  if (kind.type === 'progress') return ['已建成', '建设中', '未启动'];
  return null;
}

/** Rows of a sheet that get the drop-downs and text formats (an office fills a few hundred). */
const FILLABLE_ROWS = 1000;

/** The hidden sheet holding the drop-downs' choices, one column per list (added last). */
const LISTS_SHEET = 'lists';

function addRecordSheet(book: ExcelJS.Workbook, lists: string[][], sheet: SheetSpec): void {
  const ws = book.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = sheet.columns.map((c) => ({ header: c.header, key: c.field, width: Math.max(12, c.header.length * 2 + 4) }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  sheet.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.note = `${c.en}${c.required ? ' (required 必填)' : ''}\n${c.description.zh}\n${c.description.en}`;
    if (c.required) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE4D6' } };
  });
  ws.addRow(Object.fromEntries(sheet.columns.map((c) => [c.field, c.example])));
  sheet.columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    if (TEXT_KINDS.has(c.kind.type)) col.numFmt = '@';
    const choices = choicesOf(c.kind);
    if (!choices) return;
    // The list lives on the hidden lists sheet: Excel limits an inline list to 255 characters.
    lists.push(choices);
    const letter = columnLetters(lists.length);
    const formula = `'${LISTS_SHEET}'!$${letter}$1:$${letter}$${choices.length}`;
    for (let r = 2; r <= FILLABLE_ROWS; r++) {
      ws.getCell(r, i + 1).dataValidation = {
        type: 'list',
        allowBlank: !c.required,
        formulae: [formula],
        // Progress may also be a percentage: the list suggests, it does not insist.
        showErrorMessage: c.kind.type !== 'progress',
        errorTitle: '请从列表中选择 Choose from the list',
        error: `${formatOf(c.kind).zh} / ${formatOf(c.kind).en}`,
      };
    }
  });
}

function addExplanation(book: ExcelJS.Workbook, spec: TemplateSpec): void {
  const ws = book.addWorksheet(EXPLANATION_SHEET);
  ws.columns = [
    { header: '表 Sheet', width: 22 },
    { header: '列名 Column', width: 26 },
    { header: 'Column (English)', width: 26 },
    { header: '必填 Required', width: 12 },
    { header: '格式', width: 40 },
    { header: 'Format', width: 40 },
    { header: '说明', width: 50 },
    { header: 'Description', width: 50 },
    { header: '示例 Example', width: 30 },
    { header: '也可写作 Also accepted', width: 40 },
  ];
  ws.getRow(1).font = { bold: true };
  for (const sheet of spec.sheets) {
    for (const c of sheet.columns) ws.addRow(explanationRow(sheet, c));
  }
  ws.getColumn(9).numFmt = '@';
}

function explanationRow(sheet: SheetSpec, c: ColumnSpec): string[] {
  const format = formatOf(c.kind);
  return [
    `${sheet.name} ${sheet.nameEn}`,
    c.header,
    c.en,
    c.required ? '是 yes' : '否 no',
    format.zh,
    format.en,
    c.description.zh,
    c.description.en,
    c.example,
    c.aliases.join('、'),
  ];
}

/** The template of `spec` as a workbook. */
export function templateWorkbook(spec: TemplateSpec): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.creator = 'venue-graph';
  book.title = `${spec.title.zh} ${spec.title.en}`;
  const lists: string[][] = [];
  for (const sheet of spec.sheets) addRecordSheet(book, lists, sheet);
  addExplanation(book, spec);
  const listSheet = book.addWorksheet(LISTS_SHEET, { state: 'veryHidden' });
  lists.forEach((choices, c) => {
    choices.forEach((label, r) => {
      listSheet.getCell(r + 1, c + 1).value = label;
    });
  });
  return book;
}

/** Writes the template of `spec` to `file` (.xlsx). */
export async function writeTemplate(spec: TemplateSpec, file: string): Promise<void> {
  await templateWorkbook(spec).xlsx.writeFile(file);
}
