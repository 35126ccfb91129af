import { describe, expect, it, vi } from 'vitest';
import { PublicError } from '../../kit/errors.js';
import { PUBLIC_IDENTITY } from '../../kit/identity.js';
import { redactUrl } from '../../kit/redact.js';
import {
  chain,
  type SubgraphFetch,
  type SubgraphRequest,
  type SubgraphResponse,
  type SubgraphStep,
} from '../../gateway/subgraph-client/client.js';
import {
  circuitBreakerStep,
  failedFields,
  IDENTITY_REUSE_MS,
  MAX_ERRORS_PER_FETCH,
  mapErrorsStep,
  requestIdStep,
  signIdentityStep,
  SubgraphTimeout,
  timeoutStep,
} from '../../gateway/subgraph-client/steps.js';
import { IDENTITY_HEADER, verifyInternalIdentity } from '../../kit/identity.js';

const request = (over: Partial<SubgraphRequest> = {}): SubgraphRequest => ({
  serviceName: 'culture',
  url: 'http://127.0.0.1:1/graphql',
  headers: new Headers(),
  body: '{}',
  query: '{ __typename }',
  context: { requestId: 'rid-1', identity: PUBLIC_IDENTITY, logger: undefined as never },
  ...over,
});
const answer =
  (status: number): SubgraphFetch =>
  async () =>
    new Response('{"data":{}}', { status });
const failWith =
  (err: unknown): SubgraphFetch =>
  async () => {
    throw err;
  };
async function errorOf(p: Promise<unknown>): Promise<Error & { extensions?: Record<string, unknown> }> {
  try {
    await p;
  } catch (err) {
    return err as Error & { extensions?: Record<string, unknown> };
  }
  throw new Error('expected an error');
}

describe('the subgraph client: steps around fetch', () => {
  it('runs the steps in list order, the first outermost', async () => {
    const seen: string[] = [];
    const step =
      (name: string): SubgraphStep =>
      async (req, next) => {
        seen.push(`>${name}`);
        const res = await next(req);
        seen.push(`<${name}`);
        return res;
      };
    await chain([step('a'), step('b')], answer(200))(request());
    expect(seen).toEqual(['>a', '>b', '<b', '<a']);
  });

  it('forwards the request id, and sends none for a call without a request', async () => {
    let sent: Headers | undefined;
    const last: SubgraphFetch = async (req) => {
      sent = req.headers;
      return new Response('{}');
    };
    await chain([requestIdStep()], last)(request());
    expect(sent!.get('x-request-id')).toBe('rid-1');
    await chain([requestIdStep()], last)(request({ context: null }));
    expect(sent!.get('x-request-id')).toBeNull();
  });

  /** The answer the step gives for a failed subgraph: no data, an error per field asked. */
  async function failure(res: SubgraphResponse) {
    expect(res.status).toBe(200);
    return (await res.json()) as {
      data: null;
      errors: { message: string; path?: (string | number)[]; extensions: Record<string, unknown> }[];
    };
  }
  const rootQuery = JSON.stringify({ query: 'query Q__culture__0 { a: cultureStations { totalCount } region(code: "33") { code } }' });

  it('answers for a refused connection, a 5xx or a timeout: no data, SUBGRAPH_UNAVAILABLE naming the service at each root field', async () => {
    const refused = await failure(await chain([mapErrorsStep()], failWith(new TypeError('fetch failed')))(request({ body: rootQuery })));
    expect(refused).toEqual({
      data: null,
      errors: [
        {
          message: 'The culture service is unavailable.',
          path: ['a'],
          extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'culture' },
        },
        {
          message: 'The culture service is unavailable.',
          path: ['region'],
          extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'culture' },
        },
      ],
    });
    const failed = await failure(await chain([mapErrorsStep()], answer(503))(request({ body: rootQuery })));
    expect(failed.errors[0]!.message).toBe('The culture service failed (HTTP 503).');
    const never: SubgraphFetch = (req) =>
      new Promise((_, reject) => req.signal!.addEventListener('abort', () => reject(req.signal!.reason)));
    const slow = await failure(await chain([mapErrorsStep(), timeoutStep(50)], never)(request({ body: rootQuery })));
    expect(slow.errors[0]).toMatchObject({ message: 'The culture service did not answer within 50 ms.', path: ['a'] });
  });

  it('an entity fetch: an error at each field of each entity asked, up to MAX_ERRORS_PER_FETCH and then one for the rest; a body it cannot read: one error without a path', async () => {
    const entities = (n: number) =>
      JSON.stringify({
        query:
          'query Q__culture__1($representations: [_Any!]!) { _entities(representations: $representations) { __typename ... on CultureStation { name grade } ... on Region { n: name } } }',
        variables: { representations: Array.from({ length: n }, (_, i) => ({ __typename: 'CultureStation', id: `c${i}` })) },
      });
    const two = await failure(await chain([mapErrorsStep()], answer(500))(request({ body: entities(2) })));
    expect(two.errors.map((e) => e.path)).toEqual([
      ['_entities', 0, 'name'],
      ['_entities', 0, 'grade'],
      ['_entities', 0, 'n'],
      ['_entities', 1, 'name'],
      ['_entities', 1, 'grade'],
      ['_entities', 1, 'n'],
    ]);
    expect(failedFields(entities(100))).toHaveLength(300);
    const many = await failure(await chain([mapErrorsStep()], answer(500))(request({ body: entities(400) })));
    expect(many.errors).toHaveLength(MAX_ERRORS_PER_FETCH + 1);
    expect(many.errors.at(-1)).toEqual({
      message: 'The culture service failed (HTTP 500). 200 more fields it was asked for are null too.',
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'culture' },
    });
    const unread = await failure(await chain([mapErrorsStep()], answer(500))(request({ body: 'not json' })));
    expect(unread.errors).toEqual([
      { message: 'The culture service failed (HTTP 500).', extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'culture' } },
    ]);
  });

  it('the 5xx boundary: 500 is unavailable, 499 passes; an abort of the caller or a fetch timeout is unavailable too; a bug is not', async () => {
    expect((await failure(await chain([mapErrorsStep()], answer(500))(request()))).errors[0]!.message).toBe(
      'The culture service failed (HTTP 500).',
    );
    expect((await chain([mapErrorsStep()], answer(499))(request())).status).toBe(499);
    for (const name of ['AbortError', 'TimeoutError']) {
      const res = await chain([mapErrorsStep()], failWith(new DOMException('gone', name)))(request());
      expect((await failure(res)).errors[0]!.message, name).toBe('The culture service is unavailable.');
    }
    const bug = new RangeError('a bug of ours');
    expect(await errorOf(chain([mapErrorsStep()], failWith(bug))(request()))).toBe(bug);
  });

  it('the circuit: opens after the failures in a row, answers at once while open, lets one request try after the pause, closes on its success', async () => {
    const breaker = circuitBreakerStep({ failures: 3, halfOpenAfterMs: 200 });
    let up = false;
    let calls = 0;
    const last: SubgraphFetch = async () => {
      calls++;
      if (!up) throw new TypeError('fetch failed');
      return new Response('{"data":{}}');
    };
    const run = chain([mapErrorsStep(), breaker], last);
    for (let i = 0; i < 3; i++) await run(request({ body: rootQuery }));
    expect([calls, breaker.states()]).toEqual([3, { culture: 'open' }]);
    const started = performance.now();
    const quick = await failure(await run(request({ body: rootQuery })));
    expect(performance.now() - started).toBeLessThan(50);
    expect(calls).toBe(3); // not asked
    expect(quick.errors[0]!.message).toBe('The culture service is unavailable (failing repeatedly: not asked again for a moment).');
    up = true;
    await new Promise((r) => setTimeout(r, 250));
    expect((await run(request({ body: rootQuery }))).status).toBe(200);
    expect([calls, breaker.states()]).toEqual([4, { culture: 'closed' }]);
    // A 5xx counts as a failure too; a 4xx does not.
    let status = 503;
    const statusOf = chain([mapErrorsStep(), breaker], async () => new Response('{}', { status }));
    for (let i = 0; i < 3; i++) await statusOf(request({ serviceName: 'party', body: rootQuery }));
    expect(breaker.states().party).toBe('open');
    status = 400;
    const other = chain([mapErrorsStep(), breaker], async () => new Response('{}', { status }));
    for (let i = 0; i < 5; i++) await other(request({ serviceName: 'practice', body: rootQuery }));
    expect(breaker.states().practice).toBe('closed');
  });

  it('a timeout is a SubgraphTimeout saying how long it waited; the caller’s own abort is not called a timeout', async () => {
    const never: SubgraphFetch = (req) =>
      new Promise((_, reject) => req.signal!.addEventListener('abort', () => reject(req.signal!.reason)));
    const slow = await errorOf(chain([timeoutStep(20)], never)(request()));
    expect(slow).toBeInstanceOf(SubgraphTimeout);
    expect(slow.name).toBe('SubgraphTimeout');
    expect(slow.message).toBe('no answer within 20 ms');
    expect((slow as SubgraphTimeout).timeoutMs).toBe(20);
    expect((slow.cause as Error).name).toBe('TimeoutError');
    const caller = new AbortController();
    const pending = errorOf(chain([timeoutStep(10_000)], never)(request({ signal: caller.signal })));
    caller.abort(new Error('client went away'));
    const aborted = await pending;
    expect(aborted).not.toBeInstanceOf(SubgraphTimeout);
    expect(aborted.message).toBe('client went away');
    // A quick answer comes through.
    expect((await chain([timeoutStep(1000)], answer(200))(request())).status).toBe(200);
    // Each subgraph's own limit, by its name.
    const perService = chain([timeoutStep((name) => (name === 'culture' ? 30 : 10_000))], never);
    const culture = await errorOf(perService(request({ serviceName: 'culture' })));
    expect((culture as SubgraphTimeout).timeoutMs).toBe(30);
    const party = new AbortController();
    const waiting = errorOf(perService(request({ serviceName: 'party', signal: party.signal })));
    await new Promise((r) => setTimeout(r, 100));
    party.abort(new Error('still waiting at 100 ms'));
    expect((await waiting).message).toBe('still waiting at 100 ms');
  });

  it('signs the caller’s identity and request id for this one subgraph; a call without a request is the public', async () => {
    const key = 's'.repeat(32);
    let sent: Headers | undefined;
    const last: SubgraphFetch = async (req) => {
      sent = req.headers;
      return new Response('{}');
    };
    const staff = { sub: 'officer-1', name: null, role: 'staff', dept: 'culture', region: '330106' } as const;
    await chain([signIdentityStep(key)], last)(request({ context: { requestId: 'rid-9', identity: staff, logger: undefined as never } }));
    const claims = await verifyInternalIdentity(sent!.get(IDENTITY_HEADER)!, 'culture', key);
    expect(claims).toMatchObject({ sub: 'officer-1', role: 'staff', dept: 'culture', region: '330106' });
    await expect(verifyInternalIdentity(sent!.get(IDENTITY_HEADER)!, 'party', key)).rejects.toThrow();
    await chain([signIdentityStep(key)], last)(request({ context: null }));
    expect(await verifyInternalIdentity(sent!.get(IDENTITY_HEADER)!, 'culture', key)).toMatchObject({ role: PUBLIC_IDENTITY.role });
  });

  it('signs once per request and subgraph: later fetches of the request to it resend the token, for 5 s', async () => {
    const key = 's'.repeat(32);
    const sent: string[] = [];
    const last: SubgraphFetch = async (req) => {
      sent.push(req.headers.get(IDENTITY_HEADER)!);
      return new Response('{}');
    };
    const step = chain([signIdentityStep(key)], last);
    const one = { requestId: 'rid-a', identity: PUBLIC_IDENTITY, logger: undefined as never };
    const other = { requestId: 'rid-b', identity: PUBLIC_IDENTITY, logger: undefined as never };
    vi.useFakeTimers({ now: new Date('2026-12-04T10:00:00Z'), toFake: ['Date'] });
    try {
      await step(request({ context: one }));
      await step(request({ context: one })); // the same request's second fetch to culture
      await step(request({ context: one, serviceName: 'party' }));
      await step(request({ context: other }));
      expect(sent[1]).toBe(sent[0]);
      expect(new Set(sent).size).toBe(3);
      expect((await verifyInternalIdentity(sent[3]!, 'culture', key)).requestId).toBe('rid-b');
      expect((await verifyInternalIdentity(sent[2]!, 'party', key)).requestId).toBe('rid-a');
      vi.setSystemTime(new Date(Date.now() + IDENTITY_REUSE_MS - 1));
      await step(request({ context: one }));
      expect(sent[4]).toBe(sent[0]);
      vi.setSystemTime(new Date(Date.now() + 1_001)); // past the reuse window (and a second later, a new iat)
      await step(request({ context: one }));
      expect(sent[5]).not.toBe(sent[0]);
      expect((await verifyInternalIdentity(sent[5]!, 'culture', key)).requestId).toBe('rid-a');
    } finally {
      vi.useRealTimers();
    }
  });

  it('lets 4xx answers, PublicErrors of inner steps and bugs pass as they are', async () => {
    expect((await chain([mapErrorsStep()], answer(401))(request())).status).toBe(401);
    const own = new PublicError('SUBGRAPH_UNAVAILABLE', 'The culture service is resting (circuit open).', { serviceName: 'culture' });
    expect(await errorOf(chain([mapErrorsStep()], failWith(own))(request()))).toBe(own);
    const bug = new RangeError('a bug of ours');
    expect(await errorOf(chain([mapErrorsStep()], failWith(bug))(request()))).toBe(bug);
  });
});

describe('redactUrl (the subgraph URLs the gateway logs at start)', () => {
  it('removes a password and the query string from any URL, and leaves file paths alone', () => {
    expect(redactUrl('http://gw:pa55@party:4002/graphql?token=abc')).toBe('http://gw:***@party:4002/graphql');
    expect(redactUrl('postgres://u:pw@db:5432/x?sslmode=require')).toBe('postgres://u:***@db:5432/x');
    expect(redactUrl('http://127.0.0.1:4001/graphql')).toBe('http://127.0.0.1:4001/graphql');
    expect(redactUrl('data/culture.sqlite')).toBe('data/culture.sqlite');
    expect(redactUrl('http://a:b@[bad')).toBe('http://(unparseable URL)');
  });
});
