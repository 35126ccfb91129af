import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Gateway, launchScript } from '../../scripts/launch.js';
import type { LoadRequest, Workload } from '../load.js';
import { standardSupergraph } from './schema.js';

const HERE = import.meta.dirname;

/** The public benchmark's query and its expected answer (87.6 KB). */
export const TEST_QUERY = fs.readFileSync(path.join(HERE, 'test-query.graphql'), 'utf8');
const EXPECTED = fs.readFileSync(path.join(HERE, 'expected-response.json'), 'utf8');

/** A JSON value with every object's keys in order: two answers that differ only in key order match. */
function normalised(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalised);
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(o)
        .sort()
        .map((k) => [k, normalised(o[k])]),
    );
  }
  return value;
}

const expectedText = JSON.stringify(normalised(JSON.parse(EXPECTED)));

/**
 * Judges an answer to TestQuery: byte for byte the expected answer once both have their keys in order.
 * The first answer found right is remembered as it came, so that the next ones, byte-identical to it,
 * are judged without parsing (the check must not load the machine it measures); any other is parsed.
 */
export function testQueryCheck(): LoadRequest['check'] {
  let knownRight: string | null = null;
  return (status, text) => {
    if (status !== 200) return `HTTP ${status}`;
    if (text === knownRight) return null;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return 'not JSON';
    }
    if (JSON.stringify(normalised(parsed)) !== expectedText) {
      return (parsed as { errors?: { message?: string }[] }).errors?.[0]?.message ?? 'differs from the expected answer';
    }
    knownRight ??= text;
    return null;
  };
}

export interface StandardWorld {
  subgraphs: Gateway;
  supergraphPath: string;
  /** Requests and representations the subgraphs have received so far. */
  stats(): Promise<{ requests: number; representations: number }>;
  stop(): Promise<void>;
}

/** The four subgraphs (one process, a free port) and their supergraph in a temporary file. */
export async function startStandardSubgraphs(env: Record<string, string>): Promise<StandardWorld> {
  const subgraphs = await launchScript('standard-subgraphs', 'bench/standard/subgraphs.ts', { ...process.env, ...env }, {}, false);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'venue-graph-bench-'));
  const supergraphPath = path.join(dir, 'supergraph.graphql');
  fs.writeFileSync(
    supergraphPath,
    standardSupergraph((name) => `${subgraphs.url}/${name}`),
  );
  return {
    subgraphs,
    supergraphPath,
    stats: async () => (await (await fetch(`${subgraphs.url}/stats`)).json()) as { requests: number; representations: number },
    stop: async () => {
      await subgraphs.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The standard workload as `npm run bench` runs it: the subgraphs, venue-graph's gateway and stock's over them, TestQuery. */
export async function startStandardWorkload(ourEnv: Record<string, string>): Promise<Workload> {
  const world = await startStandardSubgraphs({ NODE_ENV: 'production' });
  const gateways: Partial<Workload['gateways']> = {};
  try {
    gateways.ours = await launchScript(
      'gateway',
      'gateway/index.ts',
      { ...process.env, ...ourEnv, SUPERGRAPH_PATH: world.supergraphPath, GATEWAY_PORT: '0' },
      { startTimeoutMs: 120_000 },
    );
    gateways.stock = await launchScript(
      'stock-gateway',
      'bench/standard/stock-gateway.ts',
      { ...process.env, NODE_ENV: 'production', SUPERGRAPH_PATH: world.supergraphPath, PORT: '0' },
      { startTimeoutMs: 120_000 },
      false,
    );
  } catch (err) {
    await gateways.ours?.stop();
    await world.stop();
    throw err;
  }
  const body = JSON.stringify({ query: TEST_QUERY });
  return {
    name: 'standard workload (graphql-gateways-benchmark TestQuery, 87.6 KB answer)',
    gateways: gateways as Workload['gateways'],
    requests: [{ label: 'TestQuery', body, check: testQueryCheck() }],
    stats: world.stats,
    subgraphPids: () => [world.subgraphs.pid],
    stop: async () => {
      await Promise.all([gateways.ours!.stop(), gateways.stock!.stop()]);
      await world.stop();
    },
  };
}
