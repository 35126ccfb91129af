import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import { loadGatewayConfig as loadGatewayConfigRaw } from '../../gateway/config.js';
import { ConfigError, loadSubgraphConfig as loadSubgraphConfigRaw, type Env } from '../../kit/config.js';
import { isSecretName, shownValue } from '../../kit/redact.js';
import type { SubgraphName } from '../../kit/topology.js';

/** Keys given explicitly, so these tests never create development keys under data/. */
const KEYS = { INTERNAL_SECRET: 'i'.repeat(32), JWT_SECRET: 'j'.repeat(32) };
const loadSubgraphConfig = (name: SubgraphName, env: Env) => loadSubgraphConfigRaw(name, { ...KEYS, ...env });
const loadGatewayConfig = (env: Env) => loadGatewayConfigRaw({ ...KEYS, ...env });

/** The error a config load throws; fails the test if it does not throw a ConfigError. */
function configErrorOf(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    expect((e as Error).name).toBe('ConfigError');
    return e as ConfigError;
  }
  throw new Error('expected a ConfigError, nothing was thrown');
}

describe('loadSubgraphConfig', () => {
  it('defaults every subgraph: its port, a SQLite file under data/, seeding on', () => {
    const expected = [
      ['facilities', 4001],
      ['party', 4002],
      ['practice', 4003],
      ['culture', 4004],
      ['social-work', 4005],
    ] as const;
    for (const [name, port] of expected) {
      expect(loadSubgraphConfig(name, {})).toEqual({
        name,
        mode: 'development',
        host: '127.0.0.1',
        port,
        databaseUrl: path.join('data', `${name}.sqlite`),
        seedOnStart: true,
        seed: 2021,
        seedScale: 'province',
        internalSecret: KEYS.INTERNAL_SECRET,
        logLevel: 'info',
        statementTimeoutMs: 8_000,
      });
    }
    expect(loadSubgraphConfig('social-work', {}).databaseUrl).toBe(`data${path.sep}social-work.sqlite`);
  });

  it('takes overrides from its own prefix only', () => {
    const env = {
      CULTURE_PORT: '5104',
      CULTURE_DB_URL: 'postgres://u:p@db:5432/culture',
      PARTY_PORT: '5999',
      NODE_ENV: 'production',
      SEED_ON_START: 'no',
      SEED: '7',
      LOG_LEVEL: 'debug',
      SUBGRAPH_HOST: '0.0.0.0',
    };
    expect(loadSubgraphConfig('culture', env)).toEqual({
      name: 'culture',
      mode: 'production',
      host: '0.0.0.0',
      port: 5104,
      databaseUrl: 'postgres://u:p@db:5432/culture',
      seedOnStart: false,
      seed: 7,
      seedScale: 'province',
      internalSecret: KEYS.INTERNAL_SECRET,
      logLevel: 'debug',
      statementTimeoutMs: 8_000,
    });
    expect(loadSubgraphConfig('facilities', env).port).toBe(4001);
    expect(loadSubgraphConfig('facilities', env).databaseUrl).toBe(path.join('data', 'facilities.sqlite'));
  });

  it('puts the default SQLite file under DATA_DIR', () => {
    expect(loadSubgraphConfig('party', { DATA_DIR: '/var/lib/vg' }).databaseUrl).toBe(path.join('/var/lib/vg', 'party.sqlite'));
  });

  it.each([
    ['true', true],
    ['1', true],
    ['yes', true],
    ['false', false],
    ['0', false],
    ['no', false],
  ])('reads SEED_ON_START=%s as %s', (value, expected) => {
    expect(loadSubgraphConfig('practice', { SEED_ON_START: value }).seedOnStart).toBe(expected);
  });

  it('rejects FACILITIES_PORT=abc, naming the variable', () => {
    const err = configErrorOf(() => loadSubgraphConfig('facilities', { FACILITIES_PORT: 'abc' }));
    expect(err.message).toMatch(/^Invalid configuration:\n {2}- FACILITIES_PORT: .*\(got "abc"\)$/);
    expect(err.message.split('\n')).toHaveLength(2);
  });

  it('rejects SEED_ON_START=maybe, naming the variable', () => {
    const err = configErrorOf(() => loadSubgraphConfig('facilities', { SEED_ON_START: 'maybe' }));
    expect(err.message).toMatch(/^Invalid configuration:\n {2}- SEED_ON_START: /);
    expect(err.message.split('\n')).toHaveLength(2);
  });

  it('lists every bad setting at once', () => {
    const err = configErrorOf(() => loadSubgraphConfig('culture', { CULTURE_PORT: '-1', SEED_ON_START: 'maybe', LOG_LEVEL: 'loud' }));
    const lines = err.message
      .split('\n')
      .slice(1)
      .map((l) => l.replace(/^ {2}- /, '').split(':')[0]);
    expect(lines).toEqual(['CULTURE_PORT', 'SEED_ON_START', 'LOG_LEVEL']);
  });

  it('rejects an unknown subgraph', () => {
    expect(() => loadSubgraphConfig('nope' as never, {})).toThrow('Unknown subgraph "nope"');
  });
});

describe('loadGatewayConfig', () => {
  it('defaults: port 4000, every subgraph on localhost, explorer on outside production', () => {
    expect(loadGatewayConfig({})).toEqual({
      mode: 'development',
      host: '127.0.0.1', // loopback unless told otherwise
      port: 4000,
      supergraphPath: path.join('schema', 'supergraph.graphql'),
      supergraphPollMs: 5_000,
      subgraphUrls: {
        facilities: 'http://127.0.0.1:4001/graphql',
        party: 'http://127.0.0.1:4002/graphql',
        practice: 'http://127.0.0.1:4003/graphql',
        culture: 'http://127.0.0.1:4004/graphql',
        'social-work': 'http://127.0.0.1:4005/graphql',
      },
      subgraphTimeoutMs: 10_000,
      subgraphTimeouts: {},
      callerLimits: { perMinute: 600, concurrent: 8 },
      sharedState: { redisUrl: undefined, keyPrefix: 'venue-graph:', persistedQueryTtlSeconds: 86_400 },
      circuit: { failures: 5, halfOpenAfterMs: 2_000 },
      metrics: { host: '127.0.0.1', port: 9464 },
      http: { headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, maxConnections: 1_000 },
      explorer: true,
      jwt: { kind: 'secret', secret: KEYS.JWT_SECRET, maxLifetimeSeconds: 86_400 },
      internalSecret: KEYS.INTERNAL_SECRET,
      limits: { maxDepth: 12, maxAliases: 15, maxDirectives: 10, maxTokens: 5_000, maxCost: 500_000 },
      introspection: true,
      safelist: false,
      corsOrigins: [],
      logLevel: 'info',
    });
    expect(loadGatewayConfig({ NODE_ENV: 'test' }).explorer).toBe(true);
  });

  it('turns the explorer off in production unless EXPLORER=true', () => {
    expect(loadGatewayConfig({ NODE_ENV: 'production' }).explorer).toBe(false);
    expect(loadGatewayConfig({ NODE_ENV: 'production', EXPLORER: 'true' }).explorer).toBe(true);
    expect(loadGatewayConfig({ NODE_ENV: 'development', EXPLORER: 'false' }).explorer).toBe(false);
  });

  it('takes subgraph URL overrides (SOCIAL_WORK_URL) and leaves the others at their defaults', () => {
    const cfg = loadGatewayConfig({ SOCIAL_WORK_URL: 'http://social:8080/graphql', GATEWAY_PORT: '8000', SUBGRAPH_TIMEOUT_MS: '2500' });
    expect(cfg.subgraphUrls['social-work']).toBe('http://social:8080/graphql');
    expect(cfg.subgraphUrls.culture).toBe('http://127.0.0.1:4004/graphql');
    expect(cfg.port).toBe(8000);
    expect(cfg.subgraphTimeoutMs).toBe(2500);
    expect(cfg.subgraphTimeouts).toEqual({});
  });

  it("takes a subgraph's own time limit (SOCIAL_WORK_TIMEOUT_MS) beside everyone's, and refuses one out of range", () => {
    const cfg = loadGatewayConfig({ SUBGRAPH_TIMEOUT_MS: '2500', SOCIAL_WORK_TIMEOUT_MS: '20000', FACILITIES_TIMEOUT_MS: '800' });
    expect(cfg.subgraphTimeouts).toEqual({ 'social-work': 20_000, facilities: 800 });
    expect(cfg.subgraphTimeoutMs).toBe(2500);
    expect(configErrorOf(() => loadGatewayConfig({ CULTURE_TIMEOUT_MS: '50' })).message).toMatch(/CULTURE_TIMEOUT_MS/);
  });

  it('rejects GATEWAY_PORT=70000, naming the variable', () => {
    const err = configErrorOf(() => loadGatewayConfig({ GATEWAY_PORT: '70000' }));
    expect(err.message).toMatch(/^Invalid configuration:\n {2}- GATEWAY_PORT: /);
    expect(err.message.split('\n')).toHaveLength(2);
  });

  it('rejects SUBGRAPH_TIMEOUT_MS=5, naming the variable', () => {
    const err = configErrorOf(() => loadGatewayConfig({ SUBGRAPH_TIMEOUT_MS: '5' }));
    expect(err.message).toMatch(/^Invalid configuration:\n {2}- SUBGRAPH_TIMEOUT_MS: /);
    expect(err.message.split('\n')).toHaveLength(2);
  });

  it('rejects PARTY_URL=not a url, naming the party subgraph URL', () => {
    const err = configErrorOf(() => loadGatewayConfig({ PARTY_URL: 'not a url' }));
    expect(err.message).toMatch(/^Invalid configuration:\n {2}- PARTY_URL: /);
    expect(err.message.split('\n')).toHaveLength(2);
  });

  it('rejects EXPLORER=maybe', () => {
    const err = configErrorOf(() => loadGatewayConfig({ EXPLORER: 'maybe' }));
    expect(err.message).toMatch(/^Invalid configuration:\n {2}- EXPLORER: /);
  });
});

describe('empty variables', () => {
  it('count as unset, so the default applies', () => {
    expect(loadSubgraphConfig('facilities', { FACILITIES_PORT: '', FACILITIES_DB_URL: '' })).toMatchObject({
      port: 4001,
      databaseUrl: path.join('data', 'facilities.sqlite'),
    });
    expect(loadGatewayConfig({ GATEWAY_PORT: '', PARTY_URL: '' })).toMatchObject({
      port: 4000,
      subgraphUrls: { party: 'http://127.0.0.1:4002/graphql' },
    });
  });
});

describe('values that look right but are not', () => {
  it('refuses a database URL with another scheme (a typo must not become a SQLite file path)', () => {
    const err = configErrorOf(() => loadSubgraphConfig('culture', { CULTURE_DB_URL: 'postgress://u:secret@db/culture' }));
    expect(err.message).toMatch(/CULTURE_DB_URL: a postgres:\/\/ \(or postgresql:\/\/\) URL, or a SQLite file path/);
    expect(loadSubgraphConfig('culture', { CULTURE_DB_URL: 'postgresql://u@db:5432/culture' }).databaseUrl).toBe(
      'postgresql://u@db:5432/culture',
    );
    expect(loadSubgraphConfig('culture', { CULTURE_DB_URL: '/var/lib/vg/culture.sqlite' }).databaseUrl).toBe('/var/lib/vg/culture.sqlite');
  });

  it('refuses a subgraph URL that is not http(s), and trims blanks', () => {
    expect(configErrorOf(() => loadGatewayConfig({ PARTY_URL: 'ftp://host/graphql' })).message).toMatch(
      /PARTY_URL: an http:\/\/ or https:\/\/ URL/,
    );
    expect(loadSubgraphConfig('culture', { CULTURE_PORT: ' ' }).port).toBe(4004);
    expect(loadSubgraphConfig('culture', { CULTURE_PORT: ' 5004 ' }).port).toBe(5004);
  });

  it('refuses an unknown seed scale', () => {
    expect(configErrorOf(() => loadSubgraphConfig('party', { SEED_SCALE: 'planet' })).message).toMatch(/SEED_SCALE: province, small/);
    expect(loadSubgraphConfig('party', { SEED_SCALE: 'city:3301' }).seedScale).toBe('city:3301');
  });
});

describe('keys', () => {
  it('generates development keys once per installation (in DATA_DIR/keys), never a constant', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-keys-'));
    try {
      const a = loadGatewayConfigRaw({ DATA_DIR: dir });
      const b = loadGatewayConfigRaw({ DATA_DIR: dir });
      const sub = loadSubgraphConfigRaw('culture', { DATA_DIR: dir });
      expect(a.jwt).toEqual(b.jwt);
      expect(a.internalSecret).toBe(sub.internalSecret);
      expect(a.internalSecret.length).toBeGreaterThanOrEqual(32);
      expect(fs.statSync(path.join(dir, 'keys', 'internal.secret')).mode & 0o077).toBe(0);
      const other = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-keys-'));
      expect(loadGatewayConfigRaw({ DATA_DIR: other }).internalSecret).not.toBe(a.internalSecret);
      fs.rmSync(other, { recursive: true, force: true });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses to start in production without configured keys', () => {
    expect(configErrorOf(() => loadGatewayConfigRaw({ NODE_ENV: 'production', INTERNAL_SECRET: KEYS.INTERNAL_SECRET })).message).toMatch(
      /JWT_SECRET, JWT_PUBLIC_KEY_FILE or JWT_JWKS_FILE: required in production/,
    );
    expect(configErrorOf(() => loadGatewayConfigRaw({ NODE_ENV: 'production', JWT_SECRET: KEYS.JWT_SECRET })).message).toMatch(
      /INTERNAL_SECRET: required in production/,
    );
    expect(configErrorOf(() => loadSubgraphConfigRaw('party', { NODE_ENV: 'production' })).message).toMatch(
      /INTERNAL_SECRET: required in production/,
    );
  });

  it('refuses a short secret, two kinds of key at once, and an unreadable key file', () => {
    expect(configErrorOf(() => loadGatewayConfig({ JWT_SECRET: 'short' })).message).toMatch(/JWT_SECRET: at least 32 characters/);
    expect(configErrorOf(() => loadGatewayConfig({ JWT_PUBLIC_KEY_FILE: '/nonexistent.pem' })).message).toMatch(
      /JWT_SECRET, JWT_PUBLIC_KEY_FILE: configure one way/,
    );
    expect(
      configErrorOf(() => loadGatewayConfigRaw({ INTERNAL_SECRET: KEYS.INTERNAL_SECRET, JWT_PUBLIC_KEY_FILE: '/nonexistent.pem' })).message,
    ).toMatch(/JWT_PUBLIC_KEY_FILE: cannot read/);
  });
});

describe('how bearer tokens are verified (JWT_*)', () => {
  const only = (env: Env) => loadGatewayConfigRaw({ INTERNAL_SECRET: KEYS.INTERNAL_SECRET, ...env });
  const withFile = (name: string, text: string, fn: (file: string) => void) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-jwt-'));
    try {
      const file = path.join(dir, name);
      fs.writeFileSync(file, text);
      fn(file);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };

  it('a shared secret, with the issuer and audience to require', () => {
    expect(loadGatewayConfig({ JWT_ISSUER: 'https://sso.example', JWT_AUDIENCE: 'venue-graph' }).jwt).toEqual({
      kind: 'secret',
      secret: KEYS.JWT_SECRET,
      issuer: 'https://sso.example',
      audience: 'venue-graph',
      maxLifetimeSeconds: 86_400,
    });
  });

  it('a public key file, read as text, with its algorithm', () => {
    withFile('key.pem', '-----BEGIN PUBLIC KEY-----\nabc\n-----END PUBLIC KEY-----\n', (file) => {
      expect(only({ JWT_PUBLIC_KEY_FILE: file, JWT_ALG: 'ES256' }).jwt).toEqual({
        kind: 'public-key',
        pem: '-----BEGIN PUBLIC KEY-----\nabc\n-----END PUBLIC KEY-----\n',
        alg: 'ES256',
        issuer: undefined,
        audience: undefined,
        maxLifetimeSeconds: 86_400,
      });
    });
  });

  it('a JSON Web Key Set file: its keys; not JSON, or no keys, refused', () => {
    const key = { kty: 'RSA', kid: 'k1', n: 'abc', e: 'AQAB' };
    withFile('jwks.json', JSON.stringify({ keys: [key] }), (file) => {
      expect(only({ JWT_JWKS_FILE: file, JWT_ISSUER: 'iss' }).jwt).toEqual({
        kind: 'jwks',
        jwks: { keys: [key] },
        issuer: 'iss',
        audience: undefined,
        maxLifetimeSeconds: 86_400,
      });
    });
    withFile('jwks.json', '{ keys: [', (file) => {
      expect(configErrorOf(() => only({ JWT_JWKS_FILE: file })).message).toMatch(/JWT_JWKS_FILE: not JSON/);
    });
    for (const text of ['{}', '{"keys": []}', '{"keys": {"kty": "RSA"}}']) {
      withFile('jwks.json', text, (file) => {
        expect(configErrorOf(() => only({ JWT_JWKS_FILE: file })).message, text).toMatch(
          /JWT_JWKS_FILE: a JSON Web Key Set needs a non-empty "keys" array/,
        );
      });
    }
    expect(configErrorOf(() => only({ JWT_JWKS_FILE: '/nonexistent.json' })).message).toMatch(
      /JWT_JWKS_FILE: cannot read \/nonexistent\.json/,
    );
    expect(configErrorOf(() => only({ JWT_JWKS_FILE: '/a.json', JWT_PUBLIC_KEY_FILE: '/b.pem' })).message).toMatch(
      /JWT_PUBLIC_KEY_FILE, JWT_JWKS_FILE: configure one way to verify tokens, not 2/,
    );
  });

  it('outside production with none configured: a development secret kept under DATA_DIR', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-keys-'));
    try {
      const jwt = only({ DATA_DIR: dir }).jwt;
      expect(jwt).toEqual({
        kind: 'secret',
        secret: fs.readFileSync(path.join(dir, 'keys', 'jwt-dev.secret'), 'utf8').trim(),
        issuer: undefined,
        audience: undefined,
        maxLifetimeSeconds: 86_400,
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('secrets are never printed', () => {
  it('a refused JWT_SECRET or INTERNAL_SECRET is named with its length, never its value', () => {
    for (const [name, value] of [
      ['JWT_SECRET', 'short'],
      ['JWT_SECRET', 'hunter2-hunter2'],
      ['INTERNAL_SECRET', 'tiny-internal-secret'],
    ] as const) {
      const message = configErrorOf(() => loadGatewayConfig({ [name]: value })).message;
      expect(message).toMatch(new RegExp(`${name}: at least 32 characters .*\\(value hidden, ${value.length} characters\\)`));
      expect(message).not.toContain(value);
    }
    const sub = configErrorOf(() => loadSubgraphConfig('party', { INTERNAL_SECRET: 'short-but-secret' })).message;
    expect(sub).toMatch(/INTERNAL_SECRET: .*\(value hidden, 16 characters\)/);
    expect(sub).not.toContain('short-but-secret');
  });

  it('a refused database URL is shown without its password or query string', () => {
    const err = configErrorOf(() => loadSubgraphConfig('culture', { CULTURE_DB_URL: 'postgress://u:pa55word@db/culture?password=other' }));
    expect(err.message).toMatch(/CULTURE_DB_URL: .*\(got "postgress:\/\/u:\*\*\*@db\/culture"\)/);
    expect(err.message).not.toContain('pa55word');
    expect(err.message).not.toContain('other');
  });

  it('a refused subgraph URL is shown without its password', () => {
    const err = configErrorOf(() => loadGatewayConfig({ PARTY_URL: 'ftp://gw:s3cr3t-pass@party/graphql' }));
    expect(err.message).toMatch(/PARTY_URL: an http/);
    expect(err.message).not.toContain('s3cr3t-pass');
  });

  it('every secret-looking variable is hidden, whatever its name', async () => {
    for (const name of ['JWT_SECRET', 'INTERNAL_SECRET', 'API_KEY', 'SMTP_PASSWORD', 'GITHUB_TOKEN', 'ANY_OTHER_SECRET'])
      expect(isSecretName(name), name).toBe(true);
    for (const name of ['JWT_PUBLIC_KEY_FILE', 'GATEWAY_PORT', 'LOG_LEVEL']) expect(isSecretName(name), name).toBe(false);
    expect(shownValue('API_KEY', 'abc123')).toBe('value hidden, 6 characters');
    expect(shownValue('FACILITIES_DB_URL', 'postgres://me:pw@db:5432/f')).not.toContain('pw@');
  });
});
