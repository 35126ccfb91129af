import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../kit/server.js';
import { SERVICE_ATTRIBUTE, startTracing, type Tracing } from '../../kit/tracing.js';
import { facilities } from '../../subgraphs/facilities/subgraph.js';
import { gatewayInProcess } from '../helpers/gateway.js';
import { startTestSubgraph } from '../helpers/subgraph.js';

/**
 * One trace per request, across processes (here one process, as two would: over HTTP with `traceparent`):
 * the client's span → the gateway's server span → @apollo/gateway's request and fetch → facilities'
 * server span → its root field and its SQL statements. Spans collected in memory.
 */
describe('tracing a request from the gateway to SQL', () => {
  const exporter = new InMemorySpanExporter();
  let tracing: Tracing;
  let subgraph: Awaited<ReturnType<typeof startTestSubgraph>>;
  let gateway: RunningServer;
  beforeAll(async () => {
    tracing = startTracing('test', { exporter });
    subgraph = await startTestSubgraph(facilities, 'sqlite');
    gateway = await gatewayInProcess({ FACILITIES_URL: subgraph.url });
  });
  afterAll(async () => {
    await gateway?.close();
    await subgraph?.close();
    await tracing?.shutdown();
  });

  it("joins the caller's trace and nests gateway, fetch, subgraph, resolver and SQL spans", async () => {
    exporter.reset();
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const callerSpan = '00f067aa0ba902b7';
    const res = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', traceparent: `00-${traceId}-${callerSpan}-01` },
      body: JSON.stringify({ query: '{ region(code: "3301") { name children { code } } }' }),
    });
    expect(((await res.json()) as { data: { region: { name: string } } }).data.region.name).toBe('杭州市');
    await new Promise((r) => setTimeout(r, 100)); // the server spans end once the answers are sent
    const spans = exporter.getFinishedSpans().filter((s) => s.spanContext().traceId === traceId);
    const byId = new Map(spans.map((s) => [s.spanContext().spanId, s]));
    const parentOf = (s: ReadableSpan) => byId.get(s.parentSpanId ?? '');
    const chain = (s: ReadableSpan): string[] => {
      const names: string[] = [];
      for (let at: ReadableSpan | undefined = s; at; at = parentOf(at))
        names.unshift(`${at.attributes[SERVICE_ATTRIBUTE] ?? 'apollo'}:${at.name}`);
      return names;
    };
    const gatewayServer = spans.find((s) => s.name === 'POST /graphql' && s.attributes[SERVICE_ATTRIBUTE] === 'gateway')!;
    expect(gatewayServer.parentSpanId).toBe(callerSpan);
    const sql = spans.filter((s) => s.name.startsWith('sql '));
    expect(sql.length).toBeGreaterThan(0);
    for (const s of sql) {
      const names = chain(s);
      expect(names.slice(0, 1)).toEqual(['gateway:POST /graphql']);
      expect(names).toContain('apollo:gateway.request');
      expect(names).toContain('apollo:gateway.fetch');
      expect(names.at(-2)).toBe('facilities:POST /graphql');
      expect(s.attributes['db.system']).toBe('sqlite');
      expect(String(s.attributes['db.statement'])).toMatch(/^select /);
    }
    const resolver = spans.find((s) => s.name === 'resolve Query.region')!;
    expect(chain(resolver).slice(-2)).toEqual(['facilities:POST /graphql', 'facilities:resolve Query.region']);
    // Every span of the request is in this one trace: none started a trace of its own.
    expect(exporter.getFinishedSpans().filter((s) => s.spanContext().traceId !== traceId && s.name === 'POST /graphql')).toEqual([]);
  });
});
