import { spawn, type ChildProcess } from 'node:child_process';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { LISTENING_PREFIX } from '../kit/main.js';
import { SUBGRAPHS, type SubgraphName } from '../kit/topology.js';

/**
 * Starts the federation as separate processes: the five subgraphs (in parallel; each migrates and
 * seeds its own database), then the gateway pointed at them. Used by `npm start` and by the
 * end-to-end tests, so the tests exercise exactly what a user runs.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface LaunchOptions {
  /** Environment for every child (database URLs, ports, log level…), on top of this process's. */
  env?: Record<string, string | undefined>;
  /** Port for each subgraph and the gateway; 0 picks a free one. Defaults to the configured ports. */
  ports?: Partial<Record<SubgraphName | 'gateway', number>>;
  /** Where each child's output goes, line by line. */
  onLine?: (service: string, line: string) => void;
  /** How long one process may take to start (migrations and seeding included). */
  startTimeoutMs?: number;
}

export interface Federation {
  gatewayUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  /** Stops every process (SIGTERM, then SIGKILL after a grace period) and waits for them. */
  stop(): Promise<void>;
  /** Resolves when any process exits on its own (e.g. it crashed). */
  exited: Promise<{ service: string; code: number | null }>;
}

interface Started {
  child: ChildProcess;
  url: string;
}

function startProcess(service: string, entry: string, env: NodeJS.ProcessEnv, opts: LaunchOptions): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const timeoutMs = opts.startTimeoutMs ?? 180_000;
  return new Promise<Started>((resolve, reject) => {
    let settled = false;
    const recent: string[] = [];
    const timer = setTimeout(() => fail(new Error(`${service} did not start within ${timeoutMs} ms`)), timeoutMs);
    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${err.message}\n--- last output of ${service} ---\n${recent.join('\n')}`));
    };
    const onLine = (line: string) => {
      recent.push(line);
      if (recent.length > 40) recent.shift();
      opts.onLine?.(service, line);
      if (settled || !line.startsWith(LISTENING_PREFIX)) return;
      const [name, url] = line.slice(LISTENING_PREFIX.length).split(' ');
      if (name === service && url) {
        settled = true;
        clearTimeout(timer);
        resolve({ child, url });
      }
    };
    readline.createInterface({ input: child.stdout! }).on('line', onLine);
    readline.createInterface({ input: child.stderr! }).on('line', onLine);
    child.once('exit', (code) => fail(new Error(`${service} exited with code ${code} while starting`)));
    child.once('error', (err) => fail(err));
  });
}

async function waitHealthy(service: string, graphqlUrl: string, timeoutMs = 30_000): Promise<void> {
  const healthUrl = graphqlUrl.replace(/\/graphql$/, '/health');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(healthUrl, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) return;
    } catch {
      // not answering yet
    }
    if (Date.now() > deadline) throw new Error(`${service} at ${healthUrl} did not become healthy`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function stopChild(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export async function launchFederation(opts: LaunchOptions = {}): Promise<Federation> {
  const baseEnv = { ...process.env, ...opts.env };
  const started: { service: string; child: ChildProcess }[] = [];
  const stopAll = () => Promise.all(started.map((s) => stopChild(s.child))).then(() => undefined);
  try {
    const subgraphs = await Promise.all(
      SUBGRAPHS.map(async (s) => {
        const env: NodeJS.ProcessEnv = { ...baseEnv };
        const port = opts.ports?.[s.name];
        if (port !== undefined) env[`${s.envPrefix}_PORT`] = String(port);
        const proc = await startProcess(s.name, `subgraphs/${s.name}/index.ts`, env, opts);
        started.push({ service: s.name, child: proc.child });
        await waitHealthy(s.name, proc.url);
        return [s, proc.url] as const;
      }),
    );
    const gatewayEnv: NodeJS.ProcessEnv = { ...baseEnv };
    for (const [s, url] of subgraphs) gatewayEnv[`${s.envPrefix}_URL`] = url;
    if (opts.ports?.gateway !== undefined) gatewayEnv.GATEWAY_PORT = String(opts.ports.gateway);
    const gateway = await startProcess('gateway', 'gateway/index.ts', gatewayEnv, opts);
    started.push({ service: 'gateway', child: gateway.child });
    await waitHealthy('gateway', gateway.url);
    const exited = new Promise<{ service: string; code: number | null }>((resolve) => {
      for (const s of started) s.child.once('exit', (code) => resolve({ service: s.service, code }));
    });
    return {
      gatewayUrl: gateway.url,
      subgraphUrls: Object.fromEntries(subgraphs.map(([s, url]) => [s.name, url])) as Record<SubgraphName, string>,
      stop: stopAll,
      exited,
    };
  } catch (err) {
    await stopAll();
    throw err;
  }
}
