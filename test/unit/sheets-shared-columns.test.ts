import { describe, expect, it } from 'vitest';
import { locateColumns } from '../../kit/sheets/headers.js';
import type { RawSheet } from '../../kit/sheets/read.js';
import { activityColumns, divisionColumn, townshipColumn } from '../../kit/sheets/shared-columns.js';
import type { ColumnSpec, EnumValue } from '../../kit/sheets/spec.js';

/**
 * The columns several templates share (kit/sheets/shared-columns.ts), built inside each test: the
 * wordings offices use are each found as the column, and the explanation says what to write.
 */

const DESCRIPTION = { zh: '站点所在乡镇（街道）', en: "The station's township" };

/** The field an office's header is found as, in a sheet of `columns` whose header row is `headers`. */
function fieldsFound(columns: ColumnSpec[], headers: string[]): string[] {
  const sheet: RawSheet = {
    name: 'Sheet1',
    rows: [
      { number: 1, cells: headers },
      { number: 2, cells: headers.map(() => 'x') },
    ],
    merges: [],
  };
  const match = locateColumns(sheet, { kind: 'k', name: '表', aliases: [], nameEn: 'Sheet', key: [], columns }, { partial: true });
  if (!match.ok) throw new Error(match.reason.en);
  return [...match.columns].sort((a, b) => a.index - b.index).map((c) => c.field);
}

describe('townshipColumn', () => {
  const WORDINGS = ['所属乡镇(街道)', '所在乡镇(街道)', '乡镇(街道)', '街道(乡镇)', '所在乡镇', '乡镇街道', '乡镇', 'Township'];

  it("is a required township, by name or code, with the template's own description first", () => {
    const c = townshipColumn(DESCRIPTION);
    expect(c).toMatchObject({
      field: 'township',
      header: '所属乡镇(街道)',
      en: 'Township (subdistrict)',
      kind: { type: 'region', level: 'TOWNSHIP' },
      required: true,
      example: '北山街道',
    });
    expect(c.description).toEqual({
      zh: '站点所在乡镇（街道）：乡镇（街道）名称或 9 位区划代码；名称可只写乡镇名（在本县范围内唯一时）。',
      en: "The station's township: a name or the 9-digit division code; the township's name alone is enough when it is unique within the county.",
    });
  });

  it('accepts every other wording as an alias, the header it is written with not among them', () => {
    expect(townshipColumn(DESCRIPTION).aliases).toEqual(WORDINGS.slice(1));
    const own = townshipColumn(DESCRIPTION, '所在乡镇(街道)');
    expect(own.header).toBe('所在乡镇(街道)');
    expect(own.aliases).toEqual(WORDINGS.filter((w) => w !== '所在乡镇(街道)'));
  });

  it.each(WORDINGS)('finds a column headed %s as the township', (wording) => {
    expect(fieldsFound([townshipColumn(DESCRIPTION)], ['序号', wording])).toEqual(['township']);
  });
});

describe('divisionColumn', () => {
  it('is a required division of any level, by name or a 6-, 9- or 12-digit code', () => {
    const c = divisionColumn({ zh: '服务中心所在区划', en: "The centre's division" });
    expect(c).toMatchObject({
      field: 'region',
      header: '所在区划',
      en: 'Region',
      kind: { type: 'region' },
      required: true,
      example: '北山街道',
    });
    expect(c.kind).not.toHaveProperty('level');
    expect(c.description).toEqual({
      zh: '服务中心所在区划：县（市、区）、乡镇（街道）或村（社区）的名称或区划代码（6、9、12 位）；名称在本县范围内重名时请写代码。',
      en: "The centre's division: the county, township or village (community) by name or by its 6-, 9- or 12-digit code; write the code when the name recurs within the county.",
    });
  });

  it.each(['所在区划', '所属区划', '行政区划', '区划', '所在地区', '所在村(社区)', '所在乡镇(街道)', 'Region', 'Division'])(
    'finds a column headed %s as the division',
    (wording) => {
      expect(fieldsFound([divisionColumn(DESCRIPTION)], [wording, '备注'])).toEqual(['region']);
    },
  );
});

describe('activityColumns', () => {
  const KINDS: EnumValue[] = [
    { value: 'LECTURE', labels: ['讲座'] },
    { value: 'SHOW', labels: ['演出', '文艺演出'] },
  ];
  const columns = () =>
    activityColumns({
      kinds: KINDS,
      kindDescription: { zh: '活动类型。', en: 'What kind.' },
      kindExample: '讲座',
      titleExample: '百姓宣讲',
      maxParticipants: 5000,
      participantsExample: '80',
    });

  it('are the date, title, kind and attendances, all required', () => {
    expect(columns().map((c) => [c.field, c.header, c.en, c.kind, c.required, c.example])).toEqual([
      ['heldOn', '活动日期', 'Date', { type: 'date' }, true, '2021-06-02'],
      ['title', '活动名称', 'Title', { type: 'text', maxLength: 200 }, true, '百姓宣讲'],
      ['kind', '活动类型', 'Kind', { type: 'enum', values: KINDS }, true, '讲座'],
      ['participants', '参与人次', 'Participants', { type: 'int', min: 0, max: 5000 }, true, '80'],
    ]);
    expect(columns().map((c) => c.description)).toEqual([
      { zh: '活动举办的日期。', en: 'The day it was held.' },
      { zh: '活动名称或主题。', en: 'The title or theme of the activity.' },
      { zh: '活动类型。', en: 'What kind.' },
      { zh: '参加活动的人次。', en: 'How many took part (attendances).' },
    ]);
  });

  it.each([
    [['日期', '活动主题', '类型', '参加人数']],
    [['举办日期', '名称', '活动类别', '参与人数']],
    [['活动时间', 'Title', 'Kind', '服务人次']],
    [['Date', '活动名称', '活动类型', '人次']],
    [['Held on', '活动主题', '类型', 'Participants']],
  ])('finds a ledger headed %j', (headers) => {
    expect(fieldsFound(columns(), headers)).toEqual(['heldOn', 'title', 'kind', 'participants']);
  });
});
