import { pino, type Logger } from 'pino';

export type { Logger };

/** One JSON line per event on stdout (pino): cheap, and readable by any log collector. */
export function createLogger(name: string, level: string): Logger {
  return pino({ name, level, base: { service: name } });
}
