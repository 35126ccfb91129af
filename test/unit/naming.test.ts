import fs from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { screamingSnake } from '../../kit/departments.js';

/**
 * The naming scheme of the client-facing schema (README "Naming scheme"), checked on schema/api.graphql
 * as `npm run compose` wrote it: a field or argument that breaks it fails here, named.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const api = buildSchema(fs.readFileSync(path.join(ROOT, 'schema/api.graphql'), 'utf8'));
const types = Object.values(api.getTypeMap()).filter((t) => !t.name.startsWith('__'));
const fields: [string, GraphQLField<unknown, unknown>][] = types
  .filter((t) => isObjectType(t) || isInterfaceType(t))
  .flatMap((t) =>
    Object.values((t as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields()).map(
      (f): [string, GraphQLField<unknown, unknown>] => [`${t.name}.${f.name}`, f],
    ),
  );
const inputs: [string, GraphQLInputField][] = types
  .filter(isInputObjectType)
  .flatMap((t) => Object.values(t.getFields()).map((f): [string, GraphQLInputField] => [`${t.name}.${f.name}`, f]));
const args: [string, GraphQLArgument][] = fields.flatMap(([name, f]) =>
  f.args.map((a): [string, GraphQLArgument] => [`${name}(${a.name})`, a]),
);
/** Every named thing that carries a value: output fields, input fields, arguments. */
const valued: [string, { name: string; type: GraphQLField<unknown, unknown>['type'] | GraphQLArgument['type'] }][] = [
  ...fields,
  ...inputs,
  ...args,
];

const offenders = (check: (name: string, typeName: string) => boolean) =>
  valued.filter(([, v]) => check(v.name, getNamedType(v.type).name)).map(([where]) => where);

describe('the naming scheme of schema/api.graphql', () => {
  it('types are PascalCase, fields and arguments camelCase, enum values SCREAMING_SNAKE', () => {
    expect(types.filter((t) => !/^[A-Z][A-Za-z0-9]*$/.test(t.name)).map((t) => t.name)).toEqual([]);
    expect(valued.filter(([, v]) => !/^[a-z][A-Za-z0-9]*$/.test(v.name)).map(([w]) => w)).toEqual([]);
    const values = types.filter(isEnumType).flatMap((e) => e.getValues().map((v) => `${e.name}.${v.name}`));
    expect(values.length).toBeGreaterThan(100);
    expect(values.filter((v) => !/\.[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/.test(v))).toEqual([]);
  });

  it('a day is `*On` (LocalDate), an instant `*At` (DateTime), a month `month` (YearMonth), a year `*Year` or `year` (Int)', () => {
    const single = (typeName: string) => offenders((name, t) => t === typeName && !name.endsWith('s'));
    expect(single('LocalDate').filter((w) => !/(On|\(date\))$/.test(w))).toEqual([]);
    expect(single('DateTime').filter((w) => !/(At|\((from|to)\))$/.test(w))).toEqual([]);
    expect(offenders((_, t) => t === 'YearMonth')).toEqual(['Region.spaceUtilisation(month)']);
    // Nothing named as a date or month carries a String or an Int; a year is an Int.
    expect(offenders((name, t) => /(On|At|Date|month)$/.test(name) && !['LocalDate', 'DateTime', 'YearMonth'].includes(t))).toEqual([]);
    expect(offenders((name, t) => /(^y|Y)ear$/.test(name) && t !== 'Int')).toEqual([]);
  });

  it('a department is always the `Department` enum; money is `*Fen` (SafeInt) or `*Yuan` (Float)', () => {
    expect(offenders((name, t) => /department/i.test(name) && t !== 'Department' && !name.endsWith('Hours'))).toEqual([]);
    expect(offenders((name, t) => name.endsWith('Fen') && t !== 'SafeInt')).toEqual([]);
    expect(offenders((name, t) => name.endsWith('Yuan') && t !== 'Float')).toEqual([]);
  });

  it('a region is named by `code: ID!`; a subtree by `regionPrefix: ID! = "33"`; a township code is an ID', () => {
    const prefixes = args.filter(([, a]) => /prefix/i.test(a.name));
    expect(prefixes.length).toBeGreaterThanOrEqual(7);
    for (const [where, a] of prefixes) {
      expect({ where, name: a.name, type: String(a.type), default: a.defaultValue }).toEqual({
        where,
        name: 'regionPrefix',
        type: 'ID!',
        default: '33',
      });
    }
    expect(String(api.getQueryType()!.getFields().region!.args[0]!.type)).toBe('ID!');
    expect(offenders((name, t) => /^(township|county|city|province|regionCode)$/.test(name) && t !== 'ID' && t !== 'Region')).toEqual([]);
  });

  it('arguments: required without a default first, then the optional, the page (`first`, `after`) last; `from` before `to`', () => {
    const misplaced: string[] = [];
    for (const [where, f] of fields) {
      const names = f.args.map((a) => a.name);
      const rank = (a: GraphQLArgument) =>
        a.name === 'first' ? 2 : a.name === 'after' ? 3 : isNonNullType(a.type) && a.defaultValue === undefined ? 0 : 1;
      const ranks = f.args.map(rank);
      if (ranks.some((r, i) => i > 0 && r < ranks[i - 1]!)) misplaced.push(`${where}(${names.join(', ')})`);
      if (names.includes('to') && names.indexOf('to') < names.indexOf('from')) misplaced.push(`${where}(${names.join(', ')})`);
    }
    expect(misplaced).toEqual([]);
  });

  it('screamingSnake names enum values from type names', () => {
    expect(['PartyServiceCentre', 'PracticeUnit', 'SocialWorkStation', 'LibraryBranch', 'Wgs84Point'].map(screamingSnake)).toEqual([
      'PARTY_SERVICE_CENTRE',
      'PRACTICE_UNIT',
      'SOCIAL_WORK_STATION',
      'LIBRARY_BRANCH',
      'WGS84_POINT',
    ]);
  });
});

describe('who may read a guarded field is in its description', () => {
  it('`@Authorized` is used only through `@Guarded` (kit/access.ts), which writes the description', () => {
    const users: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (p.endsWith('.ts') && /@Authorized\(/.test(fs.readFileSync(p, 'utf8'))) users.push(path.relative(ROOT, p));
      }
    };
    for (const dir of ['subgraphs', 'kit', 'gateway']) walk(path.join(ROOT, dir));
    expect(users).toEqual([]);
    const guarded = fields.filter(([, f]) => f.description?.includes('Who may read:')).map(([w]) => w);
    expect(guarded).toEqual(expect.arrayContaining(['SocialWorkStation.staff', 'CultureStation.fullTimeStaff', 'Region.spaceUtilisation']));
    expect(fields.find(([w]) => w === 'SocialWorkStation.staff')![1].description).toMatch(
      /^The people working there; .*Who may read: the department's staff for their region and admins\. Every read is audited\. 工作人员。$/,
    );
  });
});
