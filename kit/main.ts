import { ConfigError } from './config.js';
import { type Tracing, tracingFromEnv } from './tracing.js';

/** The one line a service prints on stdout once it accepts requests: `listening: <service> <url>`. */
export const LISTENING_PREFIX = 'listening: ';

/**
 * Runs a service process: start it, and on SIGINT or SIGTERM close it (in-flight requests finish)
 * and exit 0. A configuration error exits 2 with its message; any other start-up failure exits 1.
 */
export async function runMain(service: string, start: () => Promise<{ url: string; close(): Promise<void> }>): Promise<void> {
  let server: { url: string; close(): Promise<void> };
  let tracing: Tracing | null = null;
  try {
    // Before anything is built: the spans of every request go to OTEL_EXPORTER_OTLP_ENDPOINT, when set.
    tracing = tracingFromEnv(service);
    server = await start();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`[${service}] ${err.message}`);
      process.exit(2);
    }
    console.error(`[${service}] failed to start: ${(err as Error).stack ?? String(err)}`);
    process.exit(1);
  }
  // Printed whatever the log level: the launcher (and a person) learn the address from it.
  console.log(`${LISTENING_PREFIX}${service} ${server.url}`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    try {
      await server.close();
      await tracing?.shutdown(); // what is still buffered goes out
      process.exit(0);
    } catch (err) {
      console.error(`[${service}] error while stopping: ${String(err)}`);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}
