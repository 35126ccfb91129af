import fs from 'node:fs';
import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { apiSchemaOf, flatten, humanise, splitDescription } from '../../kit/sheets/flatten.js';

/** A small graph in the project's manner: bilingual descriptions, connections, nested lists. */
const schema = buildSchema(`
  type Query {
    """A region by its division code. 按代码查询区划。"""
    region(code: String!): Region
    """Regions whose code starts with a prefix, by code. 按代码前缀列出区划。"""
    regions(regionPrefix: String!): RegionConnection!
    """Everything counted. 总数。"""
    count: Int!
  }
  """A division. 区划。"""
  type Region {
    """Division code. 区划代码。"""
    code: String!
    """Official name. 名称。"""
    name: String!
    level: Level!
    """Stations, staff and funding in this region and below, summed in SQL (one statement for all regions asked). 社工站统计。"""
    socialWorkFigures(year: Int): Figures
    """Sites within this region and below. 辖区内场地。"""
    sites: SiteConnection!
    """Every division above this one, province first. 全部上级区划。"""
    ancestors: [Region!]!
    """Real townships (街道, 镇, 乡; not development zones or farms) in this region and below. 乡镇（街道）数。"""
    townshipCount: Int!
    tags: [String!]!
  }
  enum Level { PROVINCE CITY }
  type Figures {
    """Stations. 社工站数。"""
    stations: Int!
    """Funding in yuan. 投入资金（元）。"""
    fundingYuan: Float!
    """Whether any station is below target. 是否未达标。"""
    belowTarget: Boolean!
  }
  type RegionConnection { edges: [RegionEdge!]! pageInfo: PageInfo! """Items in the whole list, all pages. 总数。""" totalCount: Int! }
  type RegionEdge { cursor: String! node: Region! }
  type SiteConnection { edges: [SiteEdge!]! pageInfo: PageInfo! """Items in the whole list, all pages. 总数。""" totalCount: Int! }
  type SiteEdge { cursor: String! """Distance, km. 距离（公里）。""" distanceKm: Float node: Site! }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type Site {
    """Name of the building. 名称。"""
    name: String!
    """Rooms and areas of the building. 空间。"""
    spaces: [Space!]!
  }
  type Space {
    """Name of the room. 名称。"""
    name: String!
    """Seats or people it holds. 容纳人数。"""
    capacity: Int
  }
`);

const run = (query: string, data: Record<string, unknown> | null) => flatten(schema, parse(query), data);

describe('splitting a bilingual description', () => {
  it('splits "English. 中文。" and keeps the first sentence of each', () => {
    expect(splitDescription('Official name. 名称。')).toEqual({ en: 'Official name', zh: '名称' });
    expect(splitDescription('Hours they were open. Counted per day. 开放小时数。每天。')).toEqual({
      en: 'Hours they were open',
      zh: '开放小时数',
    });
  });
  it('finds the Chinese after the last ". " even when the English quotes Chinese, and drops English asides', () => {
    expect(
      splitDescription('Real townships (街道, 镇, 乡; not development zones or farms) in this region and below. 乡镇（街道）数。'),
    ).toEqual({
      en: 'Real townships in this region and below',
      zh: '乡镇（街道）数',
    });
  });
  it('does not end a sentence at "e.g."', () => {
    expect(splitDescription('Globally unique, e.g. party-1. 编号。')).toEqual({ en: 'Globally unique, e.g. party-1', zh: '编号' });
  });
  it('gives "" for a language that is not there, and null for no description', () => {
    expect(splitDescription('Only English.')).toEqual({ en: 'Only English', zh: '' });
    expect(splitDescription('只有中文。')).toEqual({ en: '', zh: '只有中文' });
    expect(splitDescription(undefined)).toBeNull();
    expect(splitDescription('   ')).toBeNull();
  });
  it('humanises a field name', () => {
    expect(humanise('socialWorkFigures')).toBe('Social work figures');
    expect(humanise('code')).toBe('Code');
  });
});

describe('flattening an answer into tables', () => {
  it('an object is one row: nested objects as dotted columns, numbers as numbers, bilingual headers along the path', () => {
    const [t] = run(`query($c: String!) { region(code: $c) { code name socialWorkFigures { stations fundingYuan belowTarget } } }`, {
      region: { code: '3301', name: '杭州市', socialWorkFigures: { stations: 12, fundingYuan: 1250000.5, belowTarget: false } },
    });
    expect(t!.name).toBe('region');
    expect(t!.list).toBe(false);
    expect(t!.columns).toEqual([
      { key: 'code', zh: '区划代码', en: 'Division code', kind: 'text' },
      { key: 'name', zh: '名称', en: 'Official name', kind: 'text' },
      // The parent's English sentence is longer than a header: the field's name, in words.
      { key: 'socialWorkFigures.stations', zh: '社工站统计 · 社工站数', en: 'Social work figures · Stations', kind: 'number' },
      {
        key: 'socialWorkFigures.fundingYuan',
        zh: '社工站统计 · 投入资金（元）',
        en: 'Social work figures · Funding in yuan',
        kind: 'number',
      },
      {
        key: 'socialWorkFigures.belowTarget',
        zh: '社工站统计 · 是否未达标',
        en: 'Social work figures · Whether any station is below target',
        kind: 'boolean',
      },
    ]);
    expect(t!.rows).toEqual([
      {
        code: '3301',
        name: '杭州市',
        'socialWorkFigures.stations': 12,
        'socialWorkFigures.fundingYuan': 1250000.5,
        'socialWorkFigures.belowTarget': false,
      },
    ]);
  });

  it('each top-level field is a table; a connection is a row per node, totalCount and pageInfo are the table’s summary', () => {
    const tables = run(
      `{ province: region(code: "33") { code } cities: regions(regionPrefix: "33") { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { code name } } } }`,
      {
        province: { code: '33' },
        cities: {
          totalCount: 11,
          pageInfo: { hasNextPage: true, endCursor: 'x' },
          edges: [
            { cursor: 'a', node: { code: '3301', name: '杭州市' } },
            { cursor: 'b', node: { code: '3302', name: '宁波市' } },
          ],
        },
      },
    );
    expect(tables.map((t) => [t.name, t.list, t.rows.length])).toEqual([
      ['province', false, 1],
      ['cities', true, 2],
    ]);
    const cities = tables[1]!;
    expect(cities.columns.map((c) => c.key)).toEqual(['code', 'name']);
    expect(cities.rows).toEqual([
      { code: '3301', name: '杭州市' },
      { code: '3302', name: '宁波市' },
    ]);
    expect([cities.totalCount, cities.hasNextPage]).toEqual([11, true]);
    // The alias names the table; it is added to the field's label.
    expect([cities.zh, cities.en]).toEqual(['按代码前缀列出区划（cities）', 'Regions whose code starts with a prefix, by code (cities)']);
  });

  it('nested lists multiply rows (parent columns repeated); an empty list leaves the parent once; side-by-side lists are not crossed', () => {
    const [t] = run(
      `{ region(code: "3301") { code ancestors { name } sites { totalCount edges { distanceKm node { name spaces { name capacity } } } } } }`,
      {
        region: {
          code: '3301',
          ancestors: [{ name: '浙江省' }],
          sites: {
            totalCount: 2,
            edges: [
              {
                distanceKm: 1.5,
                node: {
                  name: '文化中心',
                  spaces: [
                    { name: '多功能厅', capacity: 200 },
                    { name: '会议室', capacity: null },
                  ],
                },
              },
              { distanceKm: null, node: { name: '党群中心', spaces: [] } },
            ],
          },
        },
      },
    );
    expect(t!.columns.map((c) => `${c.key}|${c.zh}`)).toEqual([
      'code|区划代码',
      'ancestors.name|全部上级区划 · 名称',
      // A nested connection's totalCount is a figure of its parent: a column.
      'sites.totalCount|辖区内场地 · 总数',
      'sites.distanceKm|辖区内场地 · 距离（公里）',
      'sites.name|辖区内场地 · 名称',
      'sites.spaces.name|辖区内场地 · 空间 · 名称',
      'sites.spaces.capacity|辖区内场地 · 空间 · 容纳人数',
    ]);
    expect(t!.rows).toEqual([
      // The first list's rows, then the second's: never a cross product.
      { code: '3301', 'ancestors.name': '浙江省' },
      {
        code: '3301',
        'sites.totalCount': 2,
        'sites.distanceKm': 1.5,
        'sites.name': '文化中心',
        'sites.spaces.name': '多功能厅',
        'sites.spaces.capacity': 200,
      },
      {
        code: '3301',
        'sites.totalCount': 2,
        'sites.distanceKm': 1.5,
        'sites.name': '文化中心',
        'sites.spaces.name': '会议室',
        'sites.spaces.capacity': null,
      },
      { code: '3301', 'sites.totalCount': 2, 'sites.distanceKm': null, 'sites.name': '党群中心' },
    ]);
  });

  it('aliases are the column keys and are added to the headers; nulls are empty cells; scalar lists one cell; enums as sent', () => {
    const [t] = run(
      `{ region(code: "3301") { id: code level tags y2020: socialWorkFigures(year: 2020) { stations } y2021: socialWorkFigures(year: 2021) { stations } } }`,
      { region: { id: '3301', level: 'CITY', tags: ['a', 'b'], y2020: null, y2021: { stations: 7 } } },
    );
    expect(t!.columns.map((c) => [c.key, c.zh, c.en, c.kind])).toEqual([
      ['id', '区划代码（id）', 'Division code (id)', 'text'],
      ['level', 'level', 'Level', 'text'],
      ['tags', 'tags', 'Tags', 'text'],
      ['y2020.stations', '社工站统计（y2020） · 社工站数', 'Social work figures (y2020) · Stations', 'number'],
      ['y2021.stations', '社工站统计（y2021） · 社工站数', 'Social work figures (y2021) · Stations', 'number'],
    ]);
    expect(t!.rows).toEqual([{ id: '3301', level: 'CITY', tags: 'a; b', 'y2020.stations': null, 'y2021.stations': 7 }]);
  });

  it('a null top-level object is no rows, the columns still there; a null answer too; a scalar field one cell', () => {
    const tables = run(`{ region(code: "9") { code } count }`, { region: null, count: 3 });
    expect(tables.map((t) => [t.name, t.columns.map((c) => c.key), t.rows])).toEqual([
      ['region', ['code'], []],
      ['count', ['count'], [{ count: 3 }]],
    ]);
    expect(tables[1]!.columns[0]).toMatchObject({ zh: '总数', en: 'Everything counted', kind: 'number' });
    expect(run(`{ regions(regionPrefix: "33") { edges { node { code } } } }`, null)[0]!.rows).toEqual([]);
  });

  it('reads fragments into their parent', () => {
    const [t] = run(`query Q { region(code: "33") { ...Named ... on Region { code } } } fragment Named on Region { name __typename }`, {
      region: { name: '浙江省', __typename: 'Region', code: '33' },
    });
    expect(t!.columns.map((c) => `${c.key}|${c.zh}|${c.en}`)).toEqual([
      'name|名称|Official name',
      '__typename|类型|Type',
      'code|区划代码|Division code',
    ]);
    expect(t!.rows).toEqual([{ name: '浙江省', __typename: 'Region', code: '33' }]);
  });

  it('needs one operation, or the one named', () => {
    expect(() => run('query A { count } query B { count }', {})).toThrow(/exactly one operation/);
    expect(flatten(schema, parse('query A { count } query B { region(code: "1") { code } }'), { region: null }, 'B')[0]!.name).toBe(
      'region',
    );
  });
});

describe('the committed supergraph', () => {
  it('gives q4’s two tables with the schema’s bilingual headers', () => {
    const api = apiSchemaOf(fs.readFileSync(new URL('../../schema/supergraph.graphql', import.meta.url), 'utf8'));
    const q4 = parse(fs.readFileSync(new URL('../../schema/operations/q4-province-social-work.graphql', import.meta.url), 'utf8'));
    const tables = flatten(api, q4, null);
    expect(tables.map((t) => [t.name, t.list])).toEqual([
      ['province', false],
      ['cities', true],
    ]);
    const stations = tables[1]!.columns.find((c) => c.key === 'socialWorkFigures.stations');
    expect(stations).toEqual({
      key: 'socialWorkFigures.stations',
      zh: '社工站统计 · 社工站数',
      en: 'Social work figures · Stations',
      kind: 'number',
    });
    expect(tables[1]!.columns.find((c) => c.key === 'code')).toMatchObject({ zh: '区划代码', kind: 'text' });
  });
});
