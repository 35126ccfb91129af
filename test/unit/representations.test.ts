import { describe, expect, it } from 'vitest';
import { deduplicate, fanOut } from '../../gateway/subgraph-client/representations.js';

const rep = (upc: string) => ({ __typename: 'Product', upc });

describe('each distinct entity representation once per fetch', () => {
  it('keeps the distinct ones in order of first appearance and where each repeat goes', () => {
    const d = deduplicate([rep('1'), rep('2'), rep('1'), rep('3'), rep('2'), rep('1')]);
    expect(d).toEqual({ unique: [rep('1'), rep('2'), rep('3')], slot: [0, 1, 0, 2, 1, 0] });
  });

  it('does nothing when there is nothing to gain: no list, one, or all distinct', () => {
    expect(deduplicate(undefined)).toBeNull();
    expect(deduplicate({ upc: '1' })).toBeNull();
    expect(deduplicate([rep('1')])).toBeNull();
    expect(deduplicate([rep('1'), rep('2')])).toBeNull();
  });

  it('tells apart representations that differ in any field (a @requires value)', () => {
    const d = deduplicate([
      { __typename: 'Product', upc: '1', price: 10 },
      { __typename: 'Product', upc: '1', price: 11 },
      { __typename: 'Product', upc: '1', price: 10 },
    ]);
    expect(d?.unique).toHaveLength(2);
    expect(d?.slot).toEqual([0, 1, 0]);
  });

  it('fans the answers back out, one per representation, each repeat its own object', () => {
    const d = deduplicate([rep('1'), rep('2'), rep('1')])!;
    const a = { upc: '1', name: 'Table' };
    const b = { upc: '2', name: 'Couch' };
    const out = fanOut({ data: { _entities: [a, b] } }, d);
    const entities = (out.data as { _entities: object[] })._entities;
    expect(entities).toEqual([a, b, a]);
    expect(entities[0]).toBe(a);
    // The executor writes __typename and rewrites into what it gets: a repeat must not be the same object.
    expect(entities[2]).not.toBe(a);
  });

  it('passes null entities through, and repeats each entity error at every position of its entity', () => {
    const d = deduplicate([rep('1'), rep('2'), rep('1'), rep('2')])!;
    const out = fanOut(
      {
        data: { _entities: [null, { upc: '2' }] },
        errors: [
          { message: 'gone', path: ['_entities', 0, 'name'], extensions: { code: 'NOT_FOUND' } },
          { message: 'whole fetch', extensions: { code: 'X' } },
        ],
      },
      d,
    );
    expect((out.data as { _entities: unknown[] })._entities).toEqual([null, { upc: '2' }, null, { upc: '2' }]);
    expect(out.errors).toEqual([
      { message: 'gone', path: ['_entities', 0, 'name'], extensions: { code: 'NOT_FOUND' } },
      { message: 'gone', path: ['_entities', 2, 'name'], extensions: { code: 'NOT_FOUND' } },
      { message: 'whole fetch', extensions: { code: 'X' } },
    ]);
  });

  it('leaves an answer without a fitting _entities list to the executor, which reports it', () => {
    const d = deduplicate([rep('1'), rep('1')])!;
    const noData = { data: null, errors: [{ message: 'down' }] };
    expect(fanOut(noData, d)).toBe(noData);
    const wrongLength = { data: { _entities: [{ upc: '1' }, { upc: '1' }, { upc: '9' }] } };
    expect(fanOut(wrongLength, d)).toBe(wrongLength);
  });
});

describe('what makes two representations the same entity', () => {
  it('every field and its type: a number is not its string, a value cannot pass for two fields', () => {
    const d = deduplicate([
      { __typename: 'Product', upc: '1' },
      { __typename: 'Product', upc: 1 },
      { __typename: 'Product', upc: '1', x: '2' },
      { __typename: 'Product', upc: '1\u00001:x', x: '' },
      { __typename: 'Product', upc: null },
      { __typename: 'Product', upc: 'null' },
      { __typename: 'Product', upc: '1' },
    ]);
    expect(d?.unique).toHaveLength(6);
    expect(d?.slot).toEqual([0, 1, 2, 3, 4, 5, 0]);
  });

  it('a composite key (an object inside) compares as a whole', () => {
    const d = deduplicate([
      { __typename: 'Space', site: { id: 'a' }, n: 1 },
      { __typename: 'Space', site: { id: 'b' }, n: 1 },
      { __typename: 'Space', site: { id: 'a' }, n: 1 },
    ]);
    expect(d?.slot).toEqual([0, 1, 0]);
  });
});
