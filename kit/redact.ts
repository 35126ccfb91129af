/**
 * What may be printed of a configured value. Secrets never appear in a log line or an error message:
 * a secret variable's value is replaced by its length, and a URL loses its password and its query
 * string (where `?password=…` or a token would be).
 */

/** Names of variables whose values are secret: `JWT_SECRET`, `INTERNAL_SECRET`, `*_KEY`, `*_PASSWORD`, `*_TOKEN`… */
const SECRET_NAME = /(^|_)(SECRET|KEY|PASSWORD|PASSWD|PASS|TOKEN|CREDENTIALS?|PRIVATE_KEY)$/i;

export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name);
}

/** A URL with a scheme (`postgres://`, `http://`…); anything else (a SQLite file path) has nothing to hide. */
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/** A URL fit for a log line: password and query string removed (a file path is returned as it is). */
export function redactUrl(url: string): string {
  if (!HAS_SCHEME.test(url)) return url;
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    u.search = '';
    return u.toString();
  } catch {
    // Unparseable: keep the scheme only, never the rest (it may hold user:password@).
    return `${url.slice(0, url.indexOf('://'))}://(unparseable URL)`;
  }
}

/** How a configured value may be shown in a message: hidden for a secret variable, redacted if it is a URL. */
export function shownValue(name: string, value: unknown): string {
  if (value === undefined) return 'unset';
  if (isSecretName(name)) return `value hidden, ${String(value).length} characters`;
  return `got ${JSON.stringify(typeof value === 'string' ? redactUrl(value) : value)}`;
}
