import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadGatewayConfig } from '../../gateway/config.js';
import { gatewayFeatures } from '../../gateway/features/index.js';
import type { GatewayFeature } from '../../gateway/features/feature.js';
import { startGateway } from '../../gateway/server.js';
import { ConfigError } from '../../kit/config.js';
import { IDENTITY_HEADER, PUBLIC_IDENTITY } from '../../kit/identity.js';
import type { RunningServer } from '../../kit/server.js';
import { TEST_SECRETS } from '../helpers/auth.js';
import { GATEWAY_TEST_ENV } from '../helpers/gateway.js';
import { post } from '../helpers/graphql.js';

/**
 * "A gateway feature is one file plus one line": a throw-away feature, written here as its file would
 * be, given to the gateway as the one extra entry of its list, takes effect through every kind of part
 * (an Express route, an Apollo plugin, a subgraph step) without any other file knowing of it. The
 * facilities subgraph is a fake that records what it was sent.
 */
function useThrowAway(options: { greeting: string }): GatewayFeature {
  return {
    name: 'throw-away',
    routes: (app) => {
      app.get('/hello', (_req, res) => {
        res.type('text/plain').send(options.greeting);
      });
    },
    plugins: [
      {
        async requestDidStart() {
          return {
            async willSendResponse({ response }) {
              response.http.headers.set('x-throw-away', options.greeting);
            },
          };
        },
      },
    ],
    subgraphSteps: [
      (request, next) => {
        request.headers.set('x-throw-away-step', options.greeting);
        return next(request);
      },
    ],
  };
}

describe('a gateway feature is one file plus one line', () => {
  let gateway: RunningServer;
  let fakeFacilities: http.Server;
  const received: http.IncomingHttpHeaders[] = [];

  beforeEach(async () => {
    fakeFacilities = http.createServer((req, res) => {
      received.push(req.headers);
      req.resume();
      req.on('end', () => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ data: { region: { name: '浙江省' } } }));
      });
    });
    await new Promise<void>((r) => fakeFacilities.listen(0, '127.0.0.1', () => r()));
    const port = (fakeFacilities.address() as AddressInfo).port;
    gateway = await startGateway(
      loadGatewayConfig({
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        GATEWAY_HOST: '127.0.0.1',
        GATEWAY_PORT: '0',
        JWT_SECRET: TEST_SECRETS.jwt,
        INTERNAL_SECRET: TEST_SECRETS.internal,
        FACILITIES_URL: `http://127.0.0.1:${port}/graphql`,
        GATEWAY_METRICS_PORT: '0', // a free port: another gateway (a test, a mutation run) may hold 9464
      }),
      { extraFeatures: [useThrowAway({ greeting: 'hello from a new feature' })] },
    );
  });
  afterEach(async () => {
    await gateway?.close();
    await new Promise<void>((r) => fakeFacilities.close(() => r()));
  });

  it('its Express route is served before /graphql', async () => {
    const res = await fetch(gateway.url.replace(/\/graphql$/, '/hello'));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('hello from a new feature');
  });

  it('its plugin sets a response header, and its subgraph step a header of every subgraph request', async () => {
    const res = await post(gateway.url, '{ region(code: "33") { name } }');
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ region: { name: '浙江省' } });
    expect(res.headers.get('x-throw-away')).toBe('hello from a new feature');
    const sent = received.at(-1)!;
    expect(sent['x-throw-away-step']).toBe('hello from a new feature');
    // The configured steps still ran around it: the signed identity and the request id.
    expect(sent[IDENTITY_HEADER]).toEqual(expect.any(String));
    expect(sent['x-request-id']).toBe(res.headers.get('x-request-id'));
  });

  it('the configured features still apply (the cost limit refuses with 400)', async () => {
    const res = await post(
      gateway.url,
      '{ regions(first: 100) { edges { node { sites(first: 100) { edges { node { spaces { equipment { id } } } } } } } } }',
    );
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('COST_LIMIT_EXCEEDED');
  });

  it('two features setting the same Apollo option are refused at start, naming both', async () => {
    const config = loadGatewayConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      GATEWAY_PORT: '0',
      JWT_SECRET: TEST_SECRETS.jwt,
      INTERNAL_SECRET: TEST_SECRETS.internal,
    });
    await expect(startGateway(config, { extraFeatures: [{ name: 'rogue', apolloOptions: { csrfPrevention: false } }] })).rejects.toThrow(
      /hardening and rogue both set the Apollo Server option "csrfPrevention"/,
    );
  });

  it('a second feature that identifies callers is refused at start, naming both', async () => {
    const config = loadGatewayConfig({ ...GATEWAY_TEST_ENV });
    const rogue = { name: 'rogue-identity', identify: async () => PUBLIC_IDENTITY };
    await expect(startGateway(config, { extraFeatures: [rogue] })).rejects.toThrow(
      'exactly one gateway feature must identify callers; got identity, rogue-identity',
    );
  });

  it('a supergraph file that is not there is a ConfigError naming SUPERGRAPH_PATH and what to do', async () => {
    const config = loadGatewayConfig({ ...GATEWAY_TEST_ENV, SUPERGRAPH_PATH: 'schema/no-such-supergraph.graphql' });
    const refusal = startGateway(config);
    await expect(refusal).rejects.toBeInstanceOf(ConfigError);
    await expect(refusal).rejects.toThrow(
      /SUPERGRAPH_PATH: no file at .*no-such-supergraph\.graphql \(run npm run compose, or point it at the supergraph\)/,
    );
  });

  it('the configured features are wired in one list, in this order (their names are what start-up refusals name)', async () => {
    const config = loadGatewayConfig({ ...GATEWAY_TEST_ENV, SAFELIST: 'true' });
    const names = (await Promise.all(gatewayFeatures(config))).map((f) => (f ? f.name : null));
    expect(names).toEqual([
      'shared-state',
      'error-masking',
      'cors',
      'identity',
      'caller-limits',
      'hardening',
      'bad-input-status',
      'limits',
      'operation-resolution',
      'scalar-input',
      'cost',
      'persisted-documents',
      'safelist',
      'subgraph-errors',
      'metrics',
      'supergraph-reload',
      'subgraph-circuit',
      'request-id',
      'tracing',
      'subgraph-identity',
      'subgraph-timeout',
      'calendar-feed',
      'export',
      'explorer',
    ]);
    // Safelist off: its place in the list is empty, and left out by the gateway.
    const off = (await Promise.all(gatewayFeatures(loadGatewayConfig({ ...GATEWAY_TEST_ENV })))).map((f) => (f ? f.name : f));
    expect(off[off.indexOf('persisted-documents') + 1]).toBe(false);
  });

  it('started inside a test: empty places of the list left out, no signal handlers of its own, every subgraph at its configured URL', async () => {
    const signals = () => ['SIGINT', 'SIGTERM'].map((s) => process.listenerCount(s));
    const before = signals();
    const port = (fakeFacilities.address() as AddressInfo).port;
    const own = await startGateway(loadGatewayConfig({ ...GATEWAY_TEST_ENV, FACILITIES_URL: `http://127.0.0.1:${port}/graphql` }), {
      extraFeatures: [false, null, undefined, Promise.resolve(useThrowAway({ greeting: 'again' }))],
    });
    try {
      // Shutdown is the process wrapper's (kit/main.ts): Apollo must not add SIGINT/SIGTERM handlers.
      expect(signals()).toEqual(before);
      const sent = received.length;
      const res = await post(own.url, '{ region(code: "33") { name } }');
      expect(res.data).toEqual({ region: { name: '浙江省' } });
      expect(res.headers.get('x-throw-away')).toBe('again');
      expect(received.length).toBe(sent + 1);
      expect(received.at(-1)!['x-throw-away-step']).toBe('again');
      expect(await (await fetch(own.url.replace(/\/graphql$/, '/health'))).json()).toEqual({ status: 'ok', service: 'gateway' });
    } finally {
      await own.close();
    }
  });

  it("counts each request under the gateway's name in /metrics, served off the public port", async () => {
    await post(gateway.url, '{ region(code: "33") { name } }');
    expect(gateway.metricsUrl).not.toBe(gateway.url.replace(/\/graphql$/, '/metrics'));
    const metrics = await (await fetch(gateway.metricsUrl)).text();
    expect(metrics).toMatch(/venue_graph_graphql_requests_total\{service="gateway",outcome="ok"\} [1-9]/);
    const onPublic = await fetch(gateway.url.replace(/\/graphql$/, '/metrics'));
    expect(onPublic.status).toBe(404);
  });
});
