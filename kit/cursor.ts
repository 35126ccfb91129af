import { badInput } from './errors.js';

/** Opaque keyset cursors: base64url of `k:<sort key>`, checked on the way back in. */

export function encodeCursor(key: string): string {
  return Buffer.from(`k:${key}`, 'utf8').toString('base64url');
}

/** A sort key: any text without control characters (a NUL would even fail in PostgreSQL). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the pattern exists to refuse control characters.
const CURSOR_KEY = /^[^\u0000-\u001f\u007f]{1,200}$/u;

export function decodeCursor(cursor: string): string {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith('k:') || !CURSOR_KEY.test(text.slice(2)) || encodeCursor(text.slice(2)) !== cursor) {
    throw badInput('after', 'a cursor returned by this list', cursor);
  }
  return text.slice(2);
}

/** A two-part cursor key `value|id`, made by keysetConnection's callers; null if the key is not one. */
export function splitKey(key: string): [string, string] | null {
  const bar = key.indexOf('|');
  return bar > 0 && bar < key.length - 1 ? [key.slice(0, bar), key.slice(bar + 1)] : null;
}
