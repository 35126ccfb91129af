import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, splitKey } from '../../kit/cursor.js';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

function refusal(cursor: string): { code: unknown; message: string } | null {
  try {
    decodeCursor(cursor);
    return null;
  } catch (e) {
    return { code: (e as { extensions?: { code?: unknown } }).extensions?.code, message: (e as Error).message };
  }
}

describe('cursors', () => {
  it('round-trip any key of 1 to 200 characters without control characters, Chinese included', () => {
    for (const key of ['a', '北山街道|culture-330106002', 'x'.repeat(200), '1234|sw-1']) {
      expect(encodeCursor(key)).toBe(b64(`k:${key}`));
      expect(decodeCursor(encodeCursor(key))).toBe(key);
    }
  });

  it('refuse what this list never made, as BAD_USER_INPUT naming `after`', () => {
    for (const cursor of [
      b64('x:abc'),
      b64('abc'),
      b64('k:'),
      encodeCursor('y'.repeat(201)),
      b64('k:\u0001abc'),
      b64('k:ab\u0000c'),
      b64('k:abc\u007f'),
      `${encodeCursor('abc')}=`,
    ]) {
      const r = refusal(cursor);
      expect(r, cursor).not.toBeNull();
      expect(r!.code).toBe('BAD_USER_INPUT');
      expect(r!.message).toContain('Invalid argument "after": expected a cursor returned by this list');
    }
  });

  it('splitKey takes a value and an id on both sides of the first bar, or nothing', () => {
    expect(splitKey('120|site-1')).toEqual(['120', 'site-1']);
    expect(splitKey('a|b|c')).toEqual(['a', 'b|c']);
    expect(splitKey('a|b')).toEqual(['a', 'b']);
    for (const bad of ['|b', 'a|', '|', 'ab', '']) expect(splitKey(bad), bad).toBeNull();
  });
});
