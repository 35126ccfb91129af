import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { CellKind, ColumnSpec, EnumValue, TemplateSpec } from '../../kit/sheets/spec.js';
import { EXPLANATION_SHEET, formatOf, templateWorkbook } from '../../kit/sheets/template.js';

/**
 * A template with one column of every kind, written to bytes and read back as Excel would open it:
 * what each kind's column looks like (text format, drop-down, explanation), built inside each test so
 * that what a template is made of is judged by the test that reads it.
 */

const LEVELS: EnumValue[] = [
  { value: 'HIGH', labels: ['高', '较高'] },
  { value: 'LOW', labels: ['低'] },
];

const KINDS: [string, CellKind, boolean][] = [
  ['text', { type: 'text', maxLength: 30 }, true],
  ['note', { type: 'text' }, false],
  ['code', { type: 'code', pattern: /^\d{4}$/, expected: { zh: '4 位数字', en: '4 digits' } }, true],
  ['count', { type: 'int', min: 0, max: 100 }, false],
  ['floors', { type: 'int', min: 1 }, false],
  ['rank', { type: 'int' }, false],
  ['area', { type: 'decimal', min: 0, max: 5000 }, false],
  ['height', { type: 'decimal', min: 2 }, false],
  ['money', { type: 'money' }, false],
  ['date', { type: 'date' }, false],
  ['level', { type: 'enum', values: LEVELS }, true],
  ['levels', { type: 'enumList', values: LEVELS }, false],
  ['hours', { type: 'weeklyHours' }, false],
  ['open', { type: 'bool' }, false],
  ['progress', { type: 'progress' }, true],
  ['region', { type: 'region', level: 'TOWNSHIP' }, true],
  ['uscc', { type: 'uscc' }, false],
  ['idCard', { type: 'idCard' }, false],
  ['phone', { type: 'phone' }, false],
];

function column(field: string, kind: CellKind, required: boolean): ColumnSpec {
  return {
    field,
    header: `列${field}`,
    aliases: [`${field} alias`, `别名${field}`],
    en: `Column ${field}`,
    kind,
    required,
    description: { zh: `${field} 的说明`, en: `what ${field} is` },
    example: `例${field}`,
  };
}

function spec(): TemplateSpec {
  return {
    owner: 'test',
    title: { zh: '测试模板', en: 'Test template' },
    sheets: [
      { kind: 'all', name: '全部', aliases: [], nameEn: 'Everything', key: ['text'], columns: KINDS.map(([f, k, r]) => column(f, k, r)) },
      {
        kind: 'more',
        name: '其他',
        aliases: [],
        nameEn: 'More',
        key: ['code'],
        columns: [column('code', KINDS[2]![1], true), column('open', { type: 'bool' }, true)],
      },
    ],
  };
}

/** The template of spec(), written to bytes and opened again. */
async function opened(): Promise<ExcelJS.Workbook> {
  const bytes = await templateWorkbook(spec()).xlsx.writeBuffer();
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes);
  return book;
}

const col = (field: string) => KINDS.findIndex(([f]) => f === field) + 1;

/** The labels a drop-down's formula points at, on the lists sheet. */
function listOf(book: ExcelJS.Workbook, formula: string): unknown[] {
  const m = /^'(.+)'!\$([A-Z]+)\$1:\$([A-Z]+)\$(\d+)$/.exec(formula);
  if (!m) throw new Error(`not a list range: ${formula}`);
  const [, sheet, from, to, rows] = m;
  expect(to).toBe(from);
  const ws = book.getWorksheet(sheet!)!;
  return Array.from({ length: Number(rows) }, (_, i) => ws.getCell(`${from}${i + 1}`).value);
}

describe('a template of every kind of column', () => {
  it("names the workbook after the template's title, in both languages", async () => {
    const book = await opened();
    expect(book.creator).toBe('venue-graph');
    expect(book.title).toBe('测试模板 Test template');
    expect(book.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['全部', 'visible'],
      ['其他', 'visible'],
      [EXPLANATION_SHEET, 'visible'],
      ['lists', 'veryHidden'],
    ]);
  });

  it('freezes a bold header row whose notes say what each column is, required ones filled', async () => {
    const ws = (await opened()).getWorksheet('全部')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const header = ws.getRow(1);
    expect(header.font?.bold).toBe(true);
    const text = header.getCell(col('text'));
    expect(text.value).toBe('列text');
    const note = (n: ExcelJS.Cell['note']) => (typeof n === 'string' ? n : (n?.texts ?? []).map((t) => t.text).join(''));
    expect(note(text.note)).toBe('Column text (required 必填)\ntext 的说明\nwhat text is');
    expect(text.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE4D6' } });
    const optional = header.getCell(col('note'));
    expect(note(optional.note)).toBe('Column note\nnote 的说明\nwhat note is');
    expect(optional.fill).toEqual({ type: 'pattern', pattern: 'none' });
    // Wide enough for the header: twice its length and four, at least 12.
    expect(ws.getColumn(col('text')).width).toBe(14);
    const widths = templateWorkbook({
      ...spec(),
      sheets: [
        {
          ...spec().sheets[0]!,
          columns: [
            { ...column('x', { type: 'text' }, false), header: '一个很长很长的列名' },
            { ...column('y', { type: 'text' }, false), header: '名称' },
          ],
        },
      ],
    }).getWorksheet('全部')!;
    expect([widths.getColumn(1).width, widths.getColumn(2).width]).toEqual([22, 12]);
  });

  it('writes one example row under the header', async () => {
    const ws = (await opened()).getWorksheet('全部')!;
    expect(ws.actualRowCount).toBe(2);
    expect(ws.getRow(2).getCell(col('region')).value).toBe('例region');
    expect(ws.getRow(2).getCell(col('phone')).value).toBe('例phone');
  });

  it('formats the columns of digits that are names as text, and no other', async () => {
    const ws = (await opened()).getWorksheet('全部')!;
    const text = KINDS.map(([f]) => f).filter((f) => ws.getCell(900, col(f)).numFmt === '@');
    expect(text).toEqual(['text', 'note', 'code', 'region', 'uscc', 'idCard', 'phone']);
  });

  it('offers drop-downs for enums, 是/否 and progress (the last only suggesting), on every fillable row', async () => {
    const book = await opened();
    const ws = book.getWorksheet('全部')!;
    const level = ws.getCell(2, col('level')).dataValidation;
    // A required column's list does not allow a blank (exceljs reads a false allowBlank back as absent).
    expect(level).toMatchObject({ type: 'list', showErrorMessage: true, errorTitle: '请从列表中选择 Choose from the list' });
    expect(level.allowBlank).toBeFalsy();
    expect(level.error).toBe('从下拉列表选择：高、低 / one of the drop-down list: HIGH, LOW');
    expect(listOf(book, level.formulae![0] as string)).toEqual(['高', '低']);

    const open = ws.getCell(500, col('open')).dataValidation;
    expect(open).toMatchObject({ type: 'list', allowBlank: true, showErrorMessage: true });
    expect(listOf(book, open.formulae![0] as string)).toEqual(['是', '否']);

    const progress = ws.getCell(1000, col('progress')).dataValidation;
    expect(progress).toMatchObject({ type: 'list' });
    expect(progress.allowBlank).toBeFalsy();
    expect(progress.showErrorMessage).toBeFalsy();
    expect(listOf(book, progress.formulae![0] as string)).toEqual(['已建成', '建设中', '未启动']);

    // The header row and what lies past the fillable rows have none; nor do columns without a list.
    expect(ws.getCell(1, col('level')).dataValidation).toBeUndefined();
    expect(ws.getCell(1001, col('level')).dataValidation).toBeUndefined();
    expect(ws.getCell(2, col('levels')).dataValidation).toBeUndefined();
    expect(ws.getCell(2, col('text')).dataValidation).toBeUndefined();

    // Each list has a column of its own on the lists sheet, the second sheet's after the first's.
    const more = book.getWorksheet('其他')!.getCell(2, 2).dataValidation;
    expect(more.formulae![0]).toBe("'lists'!$D$1:$D$2");
    expect(level.formulae![0]).toBe("'lists'!$A$1:$A$2");
  });

  it('explains every column of every sheet: sheet, headers, required, format, description, example, aliases', async () => {
    const ws = (await opened()).getWorksheet(EXPLANATION_SHEET)!;
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual([
      '表 Sheet',
      '列名 Column',
      'Column (English)',
      '必填 Required',
      '格式',
      'Format',
      '说明',
      'Description',
      '示例 Example',
      '也可写作 Also accepted',
    ]);
    expect(ws.getColumn(9).numFmt).toBe('@');
    expect(ws.getColumn(8).numFmt).toBeUndefined();
    expect(ws.rowCount).toBe(1 + KINDS.length + 2);
    expect((ws.getRow(2).values as unknown[]).slice(1)).toEqual([
      '全部 Everything',
      '列text',
      'Column text',
      '是 yes',
      '文本，最多 30 字',
      'text, at most 30 characters',
      'text 的说明',
      'what text is',
      '例text',
      'text alias、别名text',
    ]);
    expect(ws.getRow(3).getCell(4).value).toBe('否 no');
    expect(ws.getRow(1 + KINDS.length + 2).getCell(1).value).toBe('其他 More');
  });
});

describe('the format the explanation gives each kind', () => {
  const expected: Record<string, [string, string]> = {
    text: ['文本，最多 30 字', 'text, at most 30 characters'],
    note: ['文本，最多 200 字', 'text, at most 200 characters'],
    code: ['文本格式的编码：4 位数字', 'a code kept as text: 4 digits'],
    count: ['整数，0 至 100', 'a whole number from 0 to 100'],
    floors: ['整数，不小于 1', 'a whole number of at least 1'],
    rank: ['整数', 'a whole number'],
    area: ['数字，0 至 5000', 'a number from 0 to 5000'],
    height: ['数字，不小于 2', 'a number of at least 2'],
    money: ['金额，单位元（表头注明“万元”时按万元）', 'an amount in yuan (in 10,000 yuan when the header says 万元)'],
    date: ['日期，如 2021-06-02、2021/6/2 或 2021年6月2日', 'a date such as 2021-06-02, 2021/6/2 or 2021年6月2日'],
    level: ['从下拉列表选择：高、低', 'one of the drop-down list: HIGH, LOW'],
    levels: ['一项或多项，以顿号（、）或逗号分隔：高、低', 'one or more, separated by 、 or commas: HIGH, LOW'],
    open: ['是 或 否', '是 (yes) or 否 (no)'],
    progress: ['已建成、建设中、未启动，或百分比（如 60%）', 'built, under construction, not started, or a percentage (60%)'],
    region: ['区划名称或区划代码（文本格式）', 'a division name or its code (as text)'],
    uscc: ['18 位统一社会信用代码（文本格式）', 'an 18-character unified social credit code (as text)'],
    idCard: ['18 位公民身份号码（文本格式）', 'an 18-character resident identity number (as text)'],
    phone: ['手机号或座机号（文本格式），如 0571-87654321', 'a mobile or landline number (as text), e.g. 0571-87654321'],
  };

  it.each(KINDS.filter(([f]) => f !== 'hours'))('%s', (field, kind) => {
    expect(formatOf(kind)).toEqual({ zh: expected[field]![0], en: expected[field]![1] });
  });

  it('hours: days and spans, with an example of each way of writing them', () => {
    const { zh, en } = formatOf({ type: 'weeklyHours' });
    expect(zh).toMatch(/^开放时间：星期与时段/);
    for (const example of ['周一至周五 09:00-17:00；周六、周日 09:00-12:00', '每天 08:30-20:30', '周一闭馆']) {
      expect(zh).toContain(example);
      expect(en).toContain(example);
    }
    expect(en).toMatch(/^opening hours: days and spans/);
  });

  it('a range with only a maximum', () => {
    expect(formatOf({ type: 'int', max: 9 })).toEqual({ zh: '整数，不大于 9', en: 'a whole number of at most 9' });
    expect(formatOf({ type: 'decimal', max: 0.5 })).toEqual({ zh: '数字，不大于 0.5', en: 'a number of at most 0.5' });
  });
});
