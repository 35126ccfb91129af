import { spawn, type ChildProcess } from 'node:child_process';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { LISTENING_PREFIX } from '../kit/main.js';
import { SUBGRAPHS, type SubgraphName, subgraphInfo } from '../kit/topology.js';

/**
 * Starts the federation as separate processes: first the seed of every database that holds nothing yet
 * (`npm run seed -- --if-empty`: the demo world through the importer), then the five subgraphs in
 * parallel (each migrates its own database), then the gateway pointed at them; each waited for on its
 * `/ready`. Then it supervises: a process that exits is restarted on its port with a growing delay
 * (`RestartPolicy`), and the others keep serving. Used by `npm start` and by the end-to-end tests, so
 * the tests exercise exactly what a user runs.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The gateway's V8 heap limit, in MiB: what deploy/ sets (NODE_OPTIONS) and `npm start` gives it too. */
export const GATEWAY_HEAP_MIB = 384;

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
  /**
   * What to do when a process exits after it started: restart it on the same port after a delay that
   * doubles from `initialDelayMs` to `maxDelayMs` (back to the start once it has run `stableMs`), while
   * the others keep serving. `false`: leave it down (`exited` then resolves).
   */
  restart?: RestartPolicy | false;
  /** Each exit and restart, for the log. */
  onEvent?: (event: SupervisorEvent) => void;
}

export interface RestartPolicy {
  initialDelayMs: number;
  maxDelayMs: number;
  stableMs: number;
}

export const DEFAULT_RESTART: RestartPolicy = { initialDelayMs: 250, maxDelayMs: 10_000, stableMs: 30_000 };

export type SupervisorEvent =
  | { kind: 'exited'; service: string; code: number | null; signal: NodeJS.Signals | null; restartInMs: number | null; restarts: number }
  | { kind: 'restarted'; service: string; url: string; restarts: number }
  | { kind: 'restart-failed'; service: string; error: string; restarts: number };

/** The delay before restart number `attempt` (0 first): doubling, capped. */
export function restartDelay(policy: RestartPolicy, attempt: number): number {
  return Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** Math.min(attempt, 30));
}

export interface Federation {
  gatewayUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  /** Stops every process (SIGTERM, then SIGKILL after a grace period) and waits for them. */
  stop(): Promise<void>;
  /** The process id of each service now (a restart changes it), e.g. for an operator's kill. */
  pids(): Record<string, number | undefined>;
  /** Resolves when a process exits on its own and is not restarted (`restart: false`). */
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
  // The gateway's heap is capped as deploy/ caps it (unless NODE_OPTIONS says otherwise): uncapped, V8
  // lets it grow with the garbage of a busy gateway into what the machine has (README, "Memory").
  const heap =
    args[0] === 'gateway/index.ts' && !/max-old-space-size/.test(env.NODE_OPTIONS ?? '')
      ? [`--max-old-space-size=${GATEWAY_HEAP_MIB}`]
      : [];
  const child = spawn(process.execPath, [...heap, '--import', 'tsx', ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
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

/** Waits until the process says it can serve (`/ready`: a subgraph's database answers). */
async function waitReady(service: string, graphqlUrl: string, timeoutMs = 30_000): Promise<void> {
  const healthUrl = graphqlUrl.replace(/\/graphql$/, '/ready');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(healthUrl, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) return;
    } catch {
      // not answering yet
    }
    if (Date.now() > deadline) throw new Error(`${service} at ${healthUrl} did not become ready`);
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
  const policy = opts.restart === false ? null : { ...DEFAULT_RESTART, ...opts.restart };
  /** The current process of each service (a restart replaces it). */
  const children = new Map<string, ChildProcess>();
  const timers = new Set<NodeJS.Timeout>();
  let stopping = false;
  let onExit: (e: { service: string; code: number | null }) => void = () => {};
  const exited = new Promise<{ service: string; code: number | null }>((resolve) => (onExit = resolve));
  const registry: Registry = { add: (service, child) => children.set(service, child) };
  // The gateway first, so no request is left waiting on a subgraph that has already gone; then the rest.
  const stopAll = async () => {
    stopping = true;
    for (const t of timers) clearTimeout(t);
    const gateway = children.get('gateway');
    if (gateway) await stopChild(gateway);
    await Promise.all([...children].filter(([service]) => service !== 'gateway').map(([, child]) => stopChild(child)));
  };

  /**
   * Keeps a started service up: when its process exits (a crash, a kill, an out-of-memory), it is
   * started again on the same port after the policy's delay; a failed restart is tried again, later.
   */
  const supervise = (service: string, entry: string, env: NodeJS.ProcessEnv, first: ChildProcess) => {
    let attempt = 0;
    let restarts = 0;
    let since = Date.now();
    const schedule = (code: number | null, signal: NodeJS.Signals | null) => {
      const delay = restartDelay(policy!, attempt++);
      opts.onEvent?.({ kind: 'exited', service, code, signal, restartInMs: delay, restarts });
      const timer = setTimeout(async () => {
        timers.delete(timer);
        if (stopping) return;
        try {
          const proc = await startProcess(service, entry, env, opts, registry);
          if (stopping) return void (await stopChild(proc.child));
          restarts++;
          since = Date.now();
          opts.onEvent?.({ kind: 'restarted', service, url: proc.url, restarts });
          watch(proc.child);
        } catch (err) {
          if (stopping) return;
          opts.onEvent?.({ kind: 'restart-failed', service, error: (err as Error).message.split('\n')[0]!, restarts });
          schedule(null, null);
        }
      }, delay);
      timers.add(timer);
    };
    const watch = (child: ChildProcess) => {
      child.once('exit', (code, signal) => {
        if (stopping) return;
        if (!policy) {
          opts.onEvent?.({ kind: 'exited', service, code, signal, restartInMs: null, restarts });
          onExit({ service, code });
          return;
        }
        if (Date.now() - since >= policy.stableMs) attempt = 0;
        schedule(code, signal);
      });
    };
    watch(first);
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
        await waitReady(s.name, proc.url);
        return [s, proc, env] as const;
      }),
    );
    const gatewayEnv: NodeJS.ProcessEnv = { ...baseEnv };
    for (const [s, proc] of subgraphs) gatewayEnv[`${s.envPrefix}_URL`] = proc.url;
    if (opts.ports?.gateway !== undefined) gatewayEnv.GATEWAY_PORT = String(opts.ports.gateway);
    opts.signal?.throwIfAborted();
    const gateway = await startProcess('gateway', 'gateway/index.ts', gatewayEnv, opts, registry);
    await waitReady('gateway', gateway.url);
    opts.signal?.throwIfAborted();
    opts.signal?.removeEventListener('abort', onAbort);
    // From here on each process is supervised, and restarted where it listened (its port pinned).
    for (const [s, proc, env] of subgraphs) {
      supervise(s.name, `subgraphs/${s.name}/index.ts`, { ...env, [`${s.envPrefix}_PORT`]: new URL(proc.url).port }, proc.child);
    }
    supervise('gateway', 'gateway/index.ts', { ...gatewayEnv, GATEWAY_PORT: new URL(gateway.url).port }, gateway.child);
    return {
      gatewayUrl: gateway.url,
      subgraphUrls: Object.fromEntries(subgraphs.map(([s, proc]) => [s.name, proc.url])) as Record<SubgraphName, string>,
      stop: stopAll,
      pids: () => Object.fromEntries([...children].map(([service, child]) => [service, child.pid])),
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
  /** Its process id (for a benchmark's CPU count, an operator's kill). */
  pid: number | undefined;
  /** Stops the process (SIGTERM, then SIGKILL after a grace period) and waits for it. */
  stop(): Promise<void>;
}

/**
 * One process of this repository (a TypeScript entry point that prints `listening: <service> <url>`),
 * started and, unless `waitForReady` is false, waited for on its `/ready`; not supervised.
 */
export async function launchScript(
  service: string,
  entry: string,
  env: NodeJS.ProcessEnv,
  opts: LaunchOptions,
  waitForReady = true,
): Promise<Gateway> {
  let child: ChildProcess | undefined;
  const stop = async () => {
    if (child) await stopChild(child);
  };
  try {
    const started = await startProcess(service, entry, env, opts, { add: (_, c) => (child = c) });
    if (waitForReady) await waitReady(service, started.url);
    return { url: started.url, pid: started.child.pid, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

/**
 * Starts a gateway process alone, over subgraphs already running at `subgraphUrls` (e.g. a second gateway
 * configured differently over the same subgraphs). `opts.ports.gateway` picks its port (0: a free one).
 */
export function launchGateway(subgraphUrls: Record<SubgraphName, string>, opts: LaunchOptions = {}): Promise<Gateway> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...opts.env };
  for (const s of SUBGRAPHS) env[`${s.envPrefix}_URL`] = subgraphUrls[s.name];
  if (opts.ports?.gateway !== undefined) env.GATEWAY_PORT = String(opts.ports.gateway);
  return launchScript('gateway', 'gateway/index.ts', env, opts);
}

/**
 * Starts one more process of a subgraph, on the database `opts.env` names (e.g. a second replica of
 * facilities beside the federation's, on the same PostgreSQL database). `opts.ports[name]` picks its
 * port (0: a free one). It migrates its database as every start does, and does not seed.
 */
export function launchSubgraph(name: SubgraphName, opts: LaunchOptions = {}): Promise<Gateway> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...opts.env };
  if (opts.ports?.[name] !== undefined) env[`${subgraphInfo(name).envPrefix}_PORT`] = String(opts.ports[name]);
  return launchScript(name, `subgraphs/${name}/index.ts`, env, opts);
}
