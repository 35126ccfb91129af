import { type DestinationStream, type Logger, type LoggerOptions, pino } from 'pino';
import { currentRequestId } from './request-scope.js';
import { activeTraceIds } from './tracing.js';

export type { Logger };

/**
 * One JSON line per event on stdout (pino): cheap, and readable by any log collector. Each line of a
 * request carries its `requestId` and, while tracing, its `traceId` and `spanId`, found where the line
 * is written (kit/request-scope.ts, the active span). `LOG_FORMAT=pretty`: coloured lines for a person
 * (pino-pretty), for development.
 */
export function createLogger(name: string, level: string, opts: { format?: string; destination?: DestinationStream } = {}): Logger {
  const format = opts.format ?? process.env.LOG_FORMAT;
  const options: LoggerOptions = {
    name,
    level,
    base: { service: name },
    mixin() {
      const requestId = currentRequestId();
      const ids = activeTraceIds();
      return { ...(requestId ? { requestId } : {}), ...(ids ?? {}) };
    },
  };
  if (opts.destination) return pino(options, opts.destination);
  if (format === 'pretty') options.transport = { target: 'pino-pretty', options: { colorize: true, ignore: 'pid,hostname' } };
  return pino(options);
}
