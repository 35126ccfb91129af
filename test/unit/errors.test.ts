import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { badInput, briefMessage, ErrorCode, forbidden, isPublicError, MAX_MESSAGE, notFound, PublicError } from '../../kit/errors.js';

/** The kit's error factories (kit/errors.ts): their exact messages, and what counts as public. */
describe('the kit’s error factories', () => {
  it('badInput names the argument, what was expected and what was received', () => {
    const e = badInput('first', 'a number from 0 to 100', -1);
    expect(e).toBeInstanceOf(PublicError);
    expect(e.message).toBe('Invalid argument "first": expected a number from 0 to 100, received -1.');
    expect(e.extensions).toEqual({ argument: 'first', code: 'BAD_USER_INPUT' });
    expect(e.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(e.name).toBe('PublicError');
    expect(badInput('code', 'digits', 'abc').message).toBe('Invalid argument "code": expected digits, received "abc".');
    expect(badInput('x', 'y', { a: 1 }).message).toBe('Invalid argument "x": expected y, received {"a":1}.');
    expect(badInput('x', 'y', undefined).message).toBe('Invalid argument "x": expected y, received undefined.');
  });

  it('never echoes more than 100 characters of what it received, and says how long it was', () => {
    const exactly = 'a'.repeat(98); // 100 with its quotes: shown whole
    expect(badInput('q', 'short', exactly).message).toBe(`Invalid argument "q": expected short, received "${exactly}".`);
    const long = 'b'.repeat(5000);
    const message = badInput('q', 'short', long).message;
    expect(message).toBe(`Invalid argument "q": expected short, received "${'b'.repeat(99)}… (5002 characters).`);
  });

  it('notFound names the kind and key, the key cut at 100 characters', () => {
    const e = notFound('Space', 's1');
    expect([e.message, e.extensions.code]).toEqual(['Space "s1" does not exist.', 'NOT_FOUND']);
    expect(notFound('Space', 'k'.repeat(300)).message).toBe(`Space "${'k'.repeat(100)}" does not exist.`);
  });

  it('forbidden carries its message and FORBIDDEN', () => {
    expect([forbidden('Staff only.').message, forbidden('Staff only.').extensions.code]).toEqual(['Staff only.', 'FORBIDDEN']);
  });

  it('a PublicError’s own extensions stay beside its code, and the code wins over one given in them', () => {
    expect(new PublicError('X', 'm', { code: 'Y', n: 1 }).extensions).toEqual({ code: 'X', n: 1 });
  });

  it('isPublicError looks through up to five wrappings (graphql-js and Apollo wrap thrown errors)', () => {
    const wrap = (e: unknown, times: number): unknown => {
      let out = e;
      for (let i = 0; i < times; i++) out = new GraphQLError('wrapped', { originalError: out as Error });
      return out;
    };
    const inner = forbidden('no');
    expect(isPublicError(inner)).toBe(true);
    expect(isPublicError(wrap(inner, 4))).toBe(true);
    expect(isPublicError(wrap(inner, 5))).toBe(false);
    expect(isPublicError(new GraphQLError('x', { extensions: { code: 'FORBIDDEN' } }))).toBe(false);
    expect(isPublicError(null)).toBe(false);
    expect(isPublicError(new Error('x'))).toBe(false);
  });
});

describe('briefMessage: what GraphQL quotes in full is cut', () => {
  it('each long quoted value to its prefix, the whole to MAX_MESSAGE; short messages as they are', () => {
    const huge = 'x'.repeat(900_000);
    const brief = briefMessage(`Variable "$c" got invalid value "${huge}"; Int cannot represent non-integer value: "${huge}"`);
    expect(brief).toBe(
      `Variable "$c" got invalid value "${'x'.repeat(100)}…" (900000 characters); Int cannot represent non-integer value: "${'x'.repeat(100)}…" (900000 characters)`,
    );
    expect(briefMessage('Invalid argument "from": expected a time.')).toBe('Invalid argument "from": expected a time.');
    const long = briefMessage(`Unknown: ${'a b '.repeat(1_000)}`);
    expect(long.length).toBeLessThan(MAX_MESSAGE + 30);
    expect(long).toMatch(/… \(4009 characters\)$/);
  });
});
