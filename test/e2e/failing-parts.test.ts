import fs from 'node:fs';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { type OperationDefinitionNode, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../kit/server.js';
import { SUBGRAPHS, type SubgraphName } from '../../kit/topology.js';
import { bearer } from '../helpers/auth.js';
import { gatewayInProcess, refusedPort } from '../helpers/gateway.js';
import { post } from '../helpers/graphql.js';
import { op } from '../helpers/operations.js';
import { sharedFederation } from '../helpers/shared.js';

/**
 * A dead or stalled subgraph costs only its own fields (README "Failing parts"): every committed read
 * operation (the six questions and the pages around them), run by an admin through a gateway over the
 * shared federation with one subgraph in turn dead (its port refuses connections) or stalled (it takes
 * the connection and never answers), is a 200 whose answer is the healthy one with null exactly at the
 * paths of its errors, each error SUBGRAPH_UNAVAILABLE naming that subgraph. Circuits are kept closed
 * (a high threshold) so that each stalled request really waits for its timeout; the breaker has its own test.
 */
const READS = fs
  .readdirSync(new URL('../../schema/operations/', import.meta.url))
  .filter((f) => f.endsWith('.graphql'))
  .map((f) => f.replace(/\.graphql$/, ''))
  .filter((name) => (parse(op(name).query).definitions[0] as OperationDefinitionNode).operation === 'query');

type Path = (string | number)[];

/** `value` with null at each path that exists in it (a path below a null or a missing key changes nothing). */
function nulledAt(value: unknown, paths: Path[]): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  for (const path of paths) {
    let at: Record<string | number, unknown> | null = copy;
    for (const key of path.slice(0, -1)) {
      const next: unknown = at?.[key];
      at = next && typeof next === 'object' ? (next as Record<string | number, unknown>) : null;
    }
    const last = path.at(-1)!;
    if (at && last in at) at[last] = null;
  }
  return copy;
}

/** A server that accepts connections and never answers: a stalled subgraph (SIGSTOP, a lock held). */
async function stalledServer(): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

describe('every committed read with one subgraph dead or stalled', () => {
  const healthy: Record<string, unknown> = {};
  let admin: Record<string, string>;
  let stalled: Awaited<ReturnType<typeof stalledServer>>;
  let dead: string;
  const gateways: RunningServer[] = [];
  const urls = () => Object.fromEntries(SUBGRAPHS.map((s) => [`${s.envPrefix}_URL`, sharedFederation('sqlite').subgraphUrls[s.name]]));
  const gatewayWith = async (down: SubgraphName, url: string) => {
    const prefix = SUBGRAPHS.find((s) => s.name === down)!.envPrefix;
    const g = await gatewayInProcess({ ...urls(), [`${prefix}_URL`]: url, SUBGRAPH_TIMEOUT_MS: '300', SUBGRAPH_CIRCUIT_FAILURES: '1000' });
    gateways.push(g);
    return g;
  };

  beforeAll(async () => {
    admin = await bearer({ sub: 'admin-faults', role: 'admin' });
    stalled = await stalledServer();
    dead = `http://127.0.0.1:${await refusedPort()}/graphql`;
    const all = await gatewayInProcess(urls());
    gateways.push(all);
    for (const name of READS) {
      const res = await post(all.url, op(name).query, op(name).variables, admin);
      expect(res.errors, name).toBeUndefined();
      healthy[name] = res.data;
    }
  });
  afterAll(async () => {
    await Promise.all(gateways.map((g) => g.close()));
    await stalled?.close();
  });

  for (const s of SUBGRAPHS) {
    for (const mode of ['dead', 'stalled'] as const) {
      it(`${s.name} ${mode}: the rest of each answer arrives, the failed fields null with a path, serviceName and code`, async () => {
        const gateway = await gatewayWith(s.name, mode === 'dead' ? dead : stalled.url);
        let failedFields = 0;
        for (const name of READS) {
          const started = Date.now();
          const res = await post(gateway.url, op(name).query, op(name).variables, admin);
          expect(res.status, name).toBe(200);
          expect(res.data, name).not.toBeNull();
          const errors = res.errors ?? [];
          for (const e of errors) {
            expect(e.extensions, `${name}: ${e.message}`).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: s.name });
            expect(Array.isArray(e.path), `${name}: ${e.message}`).toBe(true);
          }
          failedFields += errors.length;
          expect(res.data, name).toEqual(
            nulledAt(
              healthy[name],
              errors.map((e) => e.path as Path),
            ),
          );
          // A stalled subgraph costs its timeout once per fetch, not per field.
          if (mode === 'stalled') expect(Date.now() - started, name).toBeLessThan(5_000);
        }
        expect(failedFields, 'some operation asks this subgraph for something').toBeGreaterThan(0);
      });
    }
  }
});
