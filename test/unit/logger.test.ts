import { Writable } from 'node:stream';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../kit/logger.js';
import { runInRequestScope, setRequestId } from '../../kit/request-scope.js';
import { startTracing, type Tracing, tracer, tracingFromEnv } from '../../kit/tracing.js';
import { ConfigError } from '../../kit/config.js';

/** kit/logger.ts: JSON lines, each of a request with its request id and, while tracing, its trace and span ids. */
describe('log lines', () => {
  let tracing: Tracing;
  beforeAll(() => {
    tracing = startTracing('unit', { exporter: new InMemorySpanExporter() });
  });
  afterAll(async () => tracing?.shutdown());

  const capture = () => {
    const lines: Record<string, unknown>[] = [];
    const destination = new Writable({
      write(chunk, _enc, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    });
    return { lines, log: createLogger('unit', 'info', { destination }) };
  };

  it('carry the request id and the trace and span ids of what they were written for', async () => {
    const { lines, log } = capture();
    await tracer.startActiveSpan('a request', async (span) => {
      runInRequestScope({ signal: new AbortController().signal }, () => {
        setRequestId('req-1');
        log.info('inside');
        log.info({ requestId: 'given' }, 'given wins');
      });
      span.end();
    });
    log.info('outside');
    expect(lines[0]).toMatchObject({
      msg: 'inside',
      service: 'unit',
      requestId: 'req-1',
      traceId: expect.stringMatching(/^[0-9a-f]{32}$/),
      spanId: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
    expect(lines[1]).toMatchObject({ msg: 'given wins', requestId: 'given' });
    expect(lines[2]).toMatchObject({ msg: 'outside' });
    expect(lines[2]).not.toHaveProperty('traceId');
    expect(lines[2]).not.toHaveProperty('requestId');
  });

  it('tracing starts only with OTEL_EXPORTER_OTLP_ENDPOINT, an http(s) URL', () => {
    expect(tracingFromEnv('unit', {})).toBeNull();
    expect(() => tracingFromEnv('unit', { OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toThrow(ConfigError);
  });
});
