import { describe, expect, it } from 'vitest';
import { PublicError } from '../../kit/errors.js';
import { PUBLIC_IDENTITY } from '../../kit/identity.js';
import { redactUrl } from '../../kit/redact.js';
import { chain, type SubgraphFetch, type SubgraphRequest, type SubgraphStep } from '../../gateway/subgraph-client/client.js';
import { mapErrorsStep, requestIdStep, signIdentityStep, SubgraphTimeout, timeoutStep } from '../../gateway/subgraph-client/steps.js';
import { IDENTITY_HEADER, secretKey, verifyInternalIdentity } from '../../kit/identity.js';

const request = (over: Partial<SubgraphRequest> = {}): SubgraphRequest => ({
  serviceName: 'culture',
  url: 'http://127.0.0.1:1/graphql',
  headers: new Headers(),
  body: '{}',
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

  it('maps refused connections, 5xx answers and timeouts to SUBGRAPH_UNAVAILABLE naming the service', async () => {
    const refused = await errorOf(chain([mapErrorsStep()], failWith(new TypeError('fetch failed')))(request()));
    expect(refused).toBeInstanceOf(PublicError);
    expect(refused.message).toBe('The culture service is unavailable.');
    expect(refused.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'culture' });

    const failed = await errorOf(chain([mapErrorsStep()], answer(503))(request()));
    expect(failed.message).toBe('The culture service failed (HTTP 503).');

    const never: SubgraphFetch = (req) =>
      new Promise((_, reject) => req.signal!.addEventListener('abort', () => reject(req.signal!.reason)));
    const slow = await errorOf(chain([mapErrorsStep(), timeoutStep(50)], never)(request()));
    expect(slow.message).toBe('The culture service did not answer within 50 ms.');
    expect(slow.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'culture' });
  });

  it('the 5xx boundary: 500 is unavailable, 499 passes; an abort of the caller or a fetch timeout is unavailable too, keeping the cause', async () => {
    expect((await errorOf(chain([mapErrorsStep()], answer(500))(request()))).message).toBe('The culture service failed (HTTP 500).');
    expect((await chain([mapErrorsStep()], answer(499))(request())).status).toBe(499);
    for (const name of ['AbortError', 'TimeoutError']) {
      const cause = new DOMException('gone', name);
      const err = await errorOf(chain([mapErrorsStep()], failWith(cause))(request()));
      expect(err.message, name).toBe('The culture service is unavailable.');
      expect(err.cause, name).toBe(cause);
    }
    const refused = new TypeError('fetch failed');
    expect((await errorOf(chain([mapErrorsStep()], failWith(refused))(request()))).cause).toBe(refused);
    const failed = await errorOf(chain([mapErrorsStep()], answer(502))(request()));
    expect('cause' in failed).toBe(false);
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
  });

  it('signs the caller’s identity and request id for this one subgraph; a call without a request is the public', async () => {
    const key = secretKey('s'.repeat(32));
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
