import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSchema, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { attachment, readExportables, variablesFromQuery } from '../../gateway/features/export.js';

/**
 * How the export route (gateway/features/export.ts) reads what a URL can say: the query parameters as
 * the operation's variables, each in its type or refused with a message; which committed operations
 * it serves; and the file name it offers. The route itself over fake subgraphs is test/gateway/export.test.ts.
 */

const SCHEMA = buildSchema(`
  enum RegionLevel { CITY COUNTY }
  input Window { from: String }
  type Query { x: Int }
`);

function operation(text: string): OperationDefinitionNode {
  return parse(text).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
}

const OP = operation(`query Q(
  $code: String!, $id: ID, $n: Int, $share: Float, $open: Boolean, $level: RegionLevel,
  $first: Int! = 20, $codes: [String!], $window: Window
) { x }`);

/** The variables of these parameters, or the message they are refused with. */
function read(params: Record<string, unknown>, op = OP): Record<string, unknown> | string {
  try {
    return variablesFromQuery(op, { code: '33', ...params }, SCHEMA);
  } catch (err) {
    return (err as Error).message;
  }
}

describe('variablesFromQuery', () => {
  it('String and ID as written; Int, Float and Boolean in their type; an enum by its value', () => {
    expect(read({ id: '北山', n: '-12', share: '0.25', open: 'true', level: 'CITY' })).toEqual({
      code: '33',
      id: '北山',
      n: -12,
      share: 0.25,
      open: true,
      level: 'CITY',
    });
    expect(read({ open: 'false' })).toEqual({ code: '33', open: false });
    expect(read({ n: '+7' })).toEqual({ code: '33', n: 7 });
    for (const [raw, value] of [
      ['.5', 0.5],
      ['5.', 5],
      ['1e3', 1000],
      ['-2.5E-1', -0.25],
      ['7', 7],
    ] as const)
      expect(read({ share: raw }), raw).toEqual({ code: '33', share: value });
  });

  it('an Int within 32 bits only, written as digits', () => {
    expect(read({ n: String(2 ** 31 - 1) })).toEqual({ code: '33', n: 2 ** 31 - 1 });
    expect(read({ n: String(-(2 ** 31)) })).toEqual({ code: '33', n: -(2 ** 31) });
    for (const raw of [String(2 ** 31), String(-(2 ** 31) - 1), '1.0', '1e3', '', ' 1', '0x10', '99999999999999999999'])
      expect(read({ n: raw }), raw).toBe('Variable "n": expected an Int.');
  });

  it('a Float, a Boolean or an enum value that is not one is refused, naming what it expects', () => {
    for (const raw of ['abc', '1.2.3', '', 'NaN', 'Infinity', '1e'])
      expect(read({ share: raw }), raw).toBe('Variable "share": expected a Float.');
    for (const raw of ['TRUE', '1', 'yes', '']) expect(read({ open: raw }), raw).toBe('Variable "open": expected true or false.');
    expect(read({ level: 'city' })).toBe('Variable "level": expected one of CITY, COUNTY.');
  });

  it('a list or an input object cannot be given in a URL', () => {
    expect(read({ codes: '33' })).toBe('Variable "codes" is a [String!]: lists cannot be given in a URL.');
    expect(read({ window: 'x' })).toBe('Variable "window" is a Window: it cannot be given in a URL.');
  });

  it('required: a non-null variable without a default; table and headers are the route’s own', () => {
    expect(() => variablesFromQuery(OP, {}, SCHEMA)).toThrow('Variable "code" (String!) is required.');
    // $first: Int! = 20 has a default: not required. Nullable ones never are.
    expect(read({ table: 'cities', headers: 'zh' })).toEqual({ code: '33' });
  });

  it('an unknown or repeated parameter is refused; an operation without variables names none', () => {
    expect(read({ years: '1' })).toMatch(/^Unknown parameter "years": the operation's variables are code, id, n, /);
    expect(read({ n: ['1', '2'] })).toBe('Parameter "n" given more than once.');
    expect(() => variablesFromQuery(operation('query { x }'), { a: '1' }, SCHEMA)).toThrow(
      'Unknown parameter "a": the operation\'s variables are none.',
    );
    expect(variablesFromQuery(operation('query { x }'), { table: 't' }, SCHEMA)).toEqual({});
  });
});

describe('readExportables', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'venue-graph-exportables-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const folder = (files: Record<string, string>) => {
    const d = fs.mkdtempSync(path.join(dir, 'ops-'));
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(d, name), text);
    return d;
  };

  it('serves each .graphql file holding one query, by its file name, in order; never a mutation or a file of several', () => {
    const d = folder({
      'b-list.graphql': 'query List($code: String!) { x }',
      'a-one.graphql': '# a comment\nquery One { x }\nfragment F on Query { x }',
      'approve.graphql': 'mutation Approve { x }',
      'two.graphql': 'query A { x }\nquery B { x }',
      'notes.txt': 'query Notes { x }',
      'manifest.json': '{}',
    });
    const exportables = readExportables(d);
    expect([...exportables.keys()]).toEqual(['a-one', 'b-list']);
    const one = exportables.get('a-one')!;
    expect(one.name).toBe('a-one');
    expect(one.query).toBe('# a comment\nquery One { x }\nfragment F on Query { x }');
    expect(one.operation.name?.value).toBe('One');
    expect(one.document.definitions).toHaveLength(2);
    expect(exportables.get('b-list')!.operation.variableDefinitions?.map((v) => v.variable.name.value)).toEqual(['code']);
  });

  it('refuses, at start, a query with a variable named as a parameter of the route', () => {
    for (const name of ['table', 'headers']) {
      const d = folder({ 'ok.graphql': 'query { x }', 'clash.graphql': `query Clash($code: String, $${name}: String) { x }` });
      expect(() => readExportables(d)).toThrow(`clash.graphql: the variable $${name} has the name of an export parameter`);
    }
  });
});

describe('attachment', () => {
  it('names the file in ASCII (anything else, quotes and backslashes as _) and in UTF-8', () => {
    expect(attachment('q4-cities.csv')).toBe(`attachment; filename="q4-cities.csv"; filename*=UTF-8''q4-cities.csv`);
    expect(attachment('区划 "a\\b".xlsx')).toBe(
      `attachment; filename="__ _a_b_.xlsx"; filename*=UTF-8''${encodeURIComponent('区划 "a\\b".xlsx')}`,
    );
  });
});
