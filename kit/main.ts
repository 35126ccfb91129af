import { loadSubgraphConfig } from './config.js';
import { startSubgraph, type SubgraphDefinition } from './subgraph.js';

/**
 * A subgraph process: read the config, listen, stop cleanly on SIGINT/SIGTERM. Prints one line
 * `listening <url>` on stdout-independent stderr? No: the launcher reads the JSON log line.
 */
export async function runSubgraphMain<L>(def: SubgraphDefinition<L>): Promise<void> {
  let config;
  try {
    config = loadSubgraphConfig(def.name, process.env);
  } catch (err) {
    console.error(`[${def.name}] ${(err as Error).message}`);
    process.exit(2);
  }
  let server;
  try {
    server = await startSubgraph(def, config);
  } catch (err) {
    console.error(`[${def.name}] failed to start: ${(err as Error).stack ?? String(err)}`);
    process.exit(1);
  }
  const running = server;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    running.logger.info({ signal }, 'stopping');
    await running.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
