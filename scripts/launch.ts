import { spawn, type ChildProcess } from 'node:child_process';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { LISTENING_PREFIX } from '../kit/main.js';
import { SUBGRAPHS, type SubgraphName } from '../kit/topology.js';

/**
 * Starts the federation as separate processes: first the seed of every database that holds nothing yet
 * (`npm run seed -- --if-empty`: the demo world through the importer), then the five subgraphs in
 * parallel (each migrates its own database), then the gateway pointed at them. Used by `npm start` and by the
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
  /** Aborting it while starting stops every process started so far, and the launch rejects. */
  signal?: AbortSignal;
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

/** Every child started, from the moment it is spawned, so that nothing outlives a failed start. */
interface Registry {
  add(service: string, child: ChildProcess): void;
}

/**
 * A TypeScript entry point of this repository as a child process, its stdout and stderr passed line by
 * line to `opts.onLine` as `service`'s and to `onLine`; `recent` keeps the last 40 lines for an error.
 */
function spawnScript(
  service: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  opts: LaunchOptions,
  onLine: (line: string) => void = () => {},
): { child: ChildProcess; recent: string[] } {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const recent: string[] = [];
  const each = (line: string) => {
    recent.push(line);
    if (recent.length > 40) recent.shift();
    opts.onLine?.(service, line);
    onLine(line);
  };
  readline.createInterface({ input: child.stdout! }).on('line', each);
  readline.createInterface({ input: child.stderr! }).on('line', each);
  return { child, recent };
}

function startProcess(service: string, entry: string, env: NodeJS.ProcessEnv, opts: LaunchOptions, registry: Registry): Promise<Started> {
  const timeoutMs = opts.startTimeoutMs ?? 180_000;
  return new Promise<Started>((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => fail(new Error(`${service} did not start within ${timeoutMs} ms`)), timeoutMs);
    const { child, recent } = spawnScript(service, [entry], env, opts, (line) => {
      if (settled || !line.startsWith(LISTENING_PREFIX)) return;
      const [name, url] = line.slice(LISTENING_PREFIX.length).split(' ');
      if (name === service && url) {
        settled = true;
        clearTimeout(timer);
        resolve({ child, url });
      }
    });
    registry.add(service, child);
    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${err.message}\n--- last output of ${service} ---\n${recent.join('\n')}`));
    };
    child.once('exit', (code) => fail(new Error(`${service} exited with code ${code} while starting`)));
    child.once('error', (err) => fail(err));
  });
}

/**
 * Runs `npm run seed -- --if-empty` as a child and waits for it: the databases that hold nothing yet get
 * the demo world through the importer, before any subgraph starts (a subgraph never seeds). Its lines go
 * to `onLine` as the `seed` service's; a failure rejects with its last lines.
 */
function seedEmptyDatabases(env: NodeJS.ProcessEnv, opts: LaunchOptions, track: (child: ChildProcess) => void): Promise<void> {
  const { child, recent } = spawnScript('seed', ['scripts/seed.ts', '--if-empty'], env, opts);
  track(child);
  return new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) resolve();
      else
        reject(
          new Error(`seeding the empty databases failed (${signal ?? `code ${code}`})\n--- last output of seed ---\n${recent.join('\n')}`),
        );
    });
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

/** SIGTERM, then SIGKILL after a grace period longer than a server's own 10 s drain. */
function stopChild(child: ChildProcess, graceMs = 15_000): Promise<void> {
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
  let onExit: (e: { service: string; code: number | null }) => void = () => {};
  const exited = new Promise<{ service: string; code: number | null }>((resolve) => (onExit = resolve));
  const registry: Registry = {
    add(service, child) {
      started.push({ service, child });
      child.once('exit', (code) => onExit({ service, code }));
    },
  };
  // The gateway first, so no request is left waiting on a subgraph that has already gone; then the rest.
  const stopAll = async () => {
    const gateway = started.filter((s) => s.service === 'gateway');
    await Promise.all(gateway.map((s) => stopChild(s.child)));
    await Promise.all(started.filter((s) => s.service !== 'gateway').map((s) => stopChild(s.child)));
  };
  let seeding: ChildProcess | undefined;
  const onAbort = () => {
    seeding?.kill('SIGTERM');
    void stopAll();
  };
  opts.signal?.addEventListener('abort', onAbort);
  try {
    await seedEmptyDatabases(baseEnv, opts, (child) => (seeding = child));
    opts.signal?.throwIfAborted();
    const subgraphs = await Promise.all(
      SUBGRAPHS.map(async (s) => {
        const env: NodeJS.ProcessEnv = { ...baseEnv };
        const port = opts.ports?.[s.name];
        if (port !== undefined) env[`${s.envPrefix}_PORT`] = String(port);
        const proc = await startProcess(s.name, `subgraphs/${s.name}/index.ts`, env, opts, registry);
        await waitHealthy(s.name, proc.url);
        return [s, proc.url] as const;
      }),
    );
    const gatewayEnv: NodeJS.ProcessEnv = { ...baseEnv };
    for (const [s, url] of subgraphs) gatewayEnv[`${s.envPrefix}_URL`] = url;
    if (opts.ports?.gateway !== undefined) gatewayEnv.GATEWAY_PORT = String(opts.ports.gateway);
    opts.signal?.throwIfAborted();
    const gateway = await startProcess('gateway', 'gateway/index.ts', gatewayEnv, opts, registry);
    await waitHealthy('gateway', gateway.url);
    opts.signal?.throwIfAborted();
    opts.signal?.removeEventListener('abort', onAbort);
    return {
      gatewayUrl: gateway.url,
      subgraphUrls: Object.fromEntries(subgraphs.map(([s, url]) => [s.name, url])) as Record<SubgraphName, string>,
      stop: stopAll,
      exited,
    };
  } catch (err) {
    opts.signal?.removeEventListener('abort', onAbort);
    await stopAll();
    throw err;
  }
}

export interface Gateway {
  url: string;
  /** Stops the gateway (SIGTERM, then SIGKILL after a grace period) and waits for it. */
  stop(): Promise<void>;
}

/**
 * Starts a gateway process alone, over subgraphs already running at `subgraphUrls` (e.g. a second gateway
 * configured differently over the same subgraphs). `opts.ports.gateway` picks its port (0: a free one).
 */
export async function launchGateway(subgraphUrls: Record<SubgraphName, string>, opts: LaunchOptions = {}): Promise<Gateway> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...opts.env };
  for (const s of SUBGRAPHS) env[`${s.envPrefix}_URL`] = subgraphUrls[s.name];
  if (opts.ports?.gateway !== undefined) env.GATEWAY_PORT = String(opts.ports.gateway);
  let child: ChildProcess | undefined;
  const stop = async () => {
    if (child) await stopChild(child);
  };
  try {
    const gateway = await startProcess('gateway', 'gateway/index.ts', env, opts, { add: (_, c) => (child = c) });
    await waitHealthy('gateway', gateway.url);
    return { url: gateway.url, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
