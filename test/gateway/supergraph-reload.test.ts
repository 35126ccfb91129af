import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../kit/server.js';
import { everyField, type FakeSubgraph, fakeSubgraph, gatewayInProcess } from '../helpers/gateway.js';
import { post } from '../helpers/graphql.js';

/**
 * Hot reload (features/supergraph-reload.ts) while four callers keep the gateway busy: a changed
 * supergraph is checked and swapped in, a broken one is refused and the old one keeps serving, and not
 * one request fails meanwhile. The committed operations' plans are in the cache right after the swap.
 */
const ORIGINAL = fs.readFileSync(new URL('../../schema/supergraph.graphql', import.meta.url), 'utf8');
const DESCRIPTION = '"""A region by its division code. 按代码查询区划。"""';
const CHANGED = ORIGINAL.replace(DESCRIPTION, '"""A region by its division code, reloaded. 按代码查询区划。"""');
const OPERATIONS = new URL('../../schema/operations/', import.meta.url);
// A valid supergraph in which Query.region is called otherwise: the committed operations that ask for it no longer plan.
const RENAMED = ORIGINAL.replace(`${DESCRIPTION}\n  region(`, `${DESCRIPTION}\n  regionByCode(`);

describe('reloading the supergraph under load', () => {
  let dir: string;
  let file: string;
  let facilities: FakeSubgraph;
  let gateway: RunningServer;
  /** Replaces the file in one step (as a ConfigMap update or `mv` does), so a read never sees half of it. */
  const replace = (content: string) => {
    fs.writeFileSync(`${file}.new`, content);
    fs.renameSync(`${file}.new`, file);
  };
  const metric = async (series: string) => {
    const text = await (await fetch(gateway.metricsUrl)).text();
    const line = text.split('\n').find((l) => l.startsWith(`${series} `));
    return line ? Number(line.slice(series.length + 1)) : 0;
  };
  const description = async () => {
    const res = await post(gateway.url, '{ __schema { queryType { fields { name description } } } }');
    const fields = (res.data as { __schema: { queryType: { fields: { name: string; description: string }[] } } }).__schema.queryType.fields;
    return fields.find((f) => f.name === 'region')!.description;
  };
  const until = async (check: () => Promise<boolean>, what: string) => {
    const deadline = Date.now() + 10_000;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`not within 10 s: ${what}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  };

  beforeAll(async () => {
    expect(CHANGED).not.toBe(ORIGINAL);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'venue-graph-reload-'));
    file = path.join(dir, 'supergraph.graphql');
    fs.writeFileSync(file, ORIGINAL);
    facilities = await fakeSubgraph(everyField({ name: '浙江省' }));
    gateway = await gatewayInProcess({ FACILITIES_URL: facilities.url, SUPERGRAPH_PATH: file, SUPERGRAPH_POLL_MS: '50' });
  });
  afterAll(async () => {
    await gateway?.close();
    await facilities?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('swaps in a changed supergraph and refuses a broken one, and no request fails meanwhile', async () => {
    const applied = await metric('venue_graph_supergraph_reloads_total{result="applied"}');
    const refused = await metric('venue_graph_supergraph_reloads_total{result="refused"}');
    expect(await description()).toBe('A region by its division code. 按代码查询区划。');
    let running = true;
    const outcomes: string[] = [];
    const caller = async () => {
      while (running) {
        const res = await post(gateway.url, '{ region(code: "33") { name } }');
        outcomes.push(
          res.status === 200 && !res.errors && (res.data as { region: { name: string } }).region.name === '浙江省'
            ? 'ok'
            : JSON.stringify(res),
        );
      }
    };
    const callers = Array.from({ length: 4 }, caller);
    try {
      await new Promise((r) => setTimeout(r, 200));
      replace(CHANGED);
      await until(
        async () => (await description()) === 'A region by its division code, reloaded. 按代码查询区划。',
        'the changed supergraph served',
      );
      replace(ORIGINAL.slice(0, ORIGINAL.length / 2)); // cut off mid-way
      await until(
        async () => (await metric('venue_graph_supergraph_reloads_total{result="refused"}')) === refused + 1,
        'the broken one refused',
      );
      await new Promise((r) => setTimeout(r, 200));
      expect(await description()).toBe('A region by its division code, reloaded. 按代码查询区划。'); // still the last good one
    } finally {
      running = false;
      await Promise.all(callers);
    }
    expect(outcomes.length).toBeGreaterThan(20); // four callers, each sending the next as soon as the last is answered
    expect(outcomes.filter((o) => o !== 'ok')).toEqual([]);
    expect(await metric('venue_graph_supergraph_reloads_total{result="applied"}')).toBe(applied + 1);
  });

  it('refuses a valid supergraph over which a committed operation no longer plans', async () => {
    expect(RENAMED).not.toBe(ORIGINAL);
    const refused = await metric('venue_graph_supergraph_reloads_total{result="refused"}');
    replace(RENAMED);
    await until(async () => (await metric('venue_graph_supergraph_reloads_total{result="refused"}')) === refused + 1, 'refused');
    const res = await post(gateway.url, '{ region(code: "33") { name } }');
    expect(res.errors).toBeUndefined(); // the old schema, with Query.region, still serves
  });

  it("has the committed operations' plans in the cache right after a swap", async () => {
    replace(ORIGINAL);
    await until(async () => (await description()) === 'A region by its division code. 按代码查询区划。', 'the original served again');
    const query = fs.readFileSync(new URL('q2-station-page.graphql', OPERATIONS), 'utf8');
    const variables = JSON.parse(fs.readFileSync(new URL('q2-station-page.variables.json', OPERATIONS), 'utf8'));
    const hits = await metric('venue_graph_query_plan_cache_total{result="hit"}');
    const misses = await metric('venue_graph_query_plan_cache_total{result="miss"}');
    await post(gateway.url, query, variables);
    expect(await metric('venue_graph_query_plan_cache_total{result="hit"}')).toBe(hits + 1);
    expect(await metric('venue_graph_query_plan_cache_total{result="miss"}')).toBe(misses);
  });
});
