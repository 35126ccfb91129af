import { type Context, context, propagation, type Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import { BatchSpanProcessor, SimpleSpanProcessor, type SpanExporter } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ConfigError } from './config.js';

/**
 * Tracing with OpenTelemetry, off unless a process starts it: one trace per request, from the gateway
 * through each subgraph fetch to the subgraph's root resolvers and its SQL statements, the W3C
 * `traceparent` header carrying it from process to process. @apollo/gateway makes its own spans
 * (request, plan, execute, fetch) with the same API; ours are the HTTP server span of every process
 * (kit/server.ts), the resolvers' (kit/subgraph.ts) and the statements' (kit/db.ts). Without a provider
 * every span is @opentelemetry/api's no-op.
 */

/** The tracer of our own spans. */
export const tracer = trace.getTracer('venue-graph');

/** The attribute that names the process a span was made in (several share one test process). */
export const SERVICE_ATTRIBUTE = 'venue_graph.service';

let started = false;

/** Whether this process traces (startTracing ran): what costs something per field is added only then. */
export function isTracing(): boolean {
  return started;
}

export interface Tracing {
  /** Sends what is buffered and stops. */
  shutdown(): Promise<void>;
}

/**
 * Starts tracing in this process: spans go to `exporter` (tests: an in-memory one, sent at once) or, in
 * batches, to an OTLP/HTTP collector at `endpoint` (`OTEL_EXPORTER_OTLP_ENDPOINT`, e.g.
 * http://127.0.0.1:4318). Registers the W3C trace-context propagator and the async-hooks context manager.
 */
export function startTracing(service: string, opts: { endpoint?: string; exporter?: SpanExporter }): Tracing {
  const exporter = opts.exporter ?? new OTLPTraceExporter({ url: `${opts.endpoint!.replace(/\/$/, '')}/v1/traces` });
  const provider = new NodeTracerProvider({
    resource: new Resource({ 'service.name': service }),
    spanProcessors: [opts.exporter ? new SimpleSpanProcessor(exporter) : new BatchSpanProcessor(exporter)],
  });
  provider.register({ propagator: new W3CTraceContextPropagator() });
  started = true;
  return {
    shutdown: async () => {
      await provider.shutdown();
      started = false;
    },
  };
}

/** Starts tracing when `OTEL_EXPORTER_OTLP_ENDPOINT` is set; null (tracing off) otherwise. */
export function tracingFromEnv(service: string, env: NodeJS.ProcessEnv = process.env): Tracing | null {
  const endpoint = env.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (!endpoint) return null;
  if (!/^https?:\/\//.test(endpoint))
    throw new ConfigError([`OTEL_EXPORTER_OTLP_ENDPOINT: an http:// or https:// URL, got "${endpoint.slice(0, 100)}"`]);
  return startTracing(env.OTEL_SERVICE_NAME || service, { endpoint });
}

/** The context a request's headers carry (`traceparent`), or the active one. */
function contextFromHeaders(headers: Record<string, string | string[] | undefined>): Context {
  return propagation.extract(context.active(), headers, {
    get: (h, key) => h[key],
    keys: (h) => Object.keys(h),
  });
}

/** Writes the active context (`traceparent`) into outgoing headers. */
export function injectTraceHeaders(headers: Headers): void {
  propagation.inject(context.active(), headers, { set: (h, key, value) => h.set(key, value) });
}

/** A span for an incoming HTTP request, made from its headers' context; `end` it with the status. */
export function startServerSpan(
  service: string,
  name: string,
  headers: Record<string, string | string[] | undefined>,
): { span: Span; ctx: Context } {
  const parent = contextFromHeaders(headers);
  const span = tracer.startSpan(name, { kind: SpanKind.SERVER, attributes: { [SERVICE_ATTRIBUTE]: service } }, parent);
  return { span, ctx: trace.setSpan(parent, span) };
}

/** Ends a span as failed, with the error's name only (messages may quote input). */
export function endFailed(span: Span, err: unknown): void {
  span.setStatus({ code: SpanStatusCode.ERROR, message: err instanceof Error ? err.name : 'error' });
  span.end();
}

/** The active span's trace and span ids, for a log line; none when no span is recording. */
export function activeTraceIds(): { traceId: string; spanId: string } | null {
  const span = trace.getActiveSpan();
  if (!span) return null;
  const { traceId, spanId, traceFlags } = span.spanContext();
  return traceFlags & 1 ? { traceId, spanId } : null;
}
