import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import '../../gateway/features/metrics.js';
import '../../gateway/features/subgraph-circuit.js';
import '../../gateway/features/supergraph-reload.js';
import { registry } from '../../kit/metrics.js';

/** deploy/grafana/venue-graph.json asks only for metrics the processes serve (a renamed metric fails here, not on a dashboard). */
describe('the Grafana dashboard', () => {
  const dashboard = JSON.parse(fs.readFileSync(new URL('../../deploy/grafana/venue-graph.json', import.meta.url), 'utf8')) as {
    uid: string;
    panels: { id: number; title: string; targets: { expr: string }[] }[];
  };

  it('has panels with distinct ids, each with a query', () => {
    expect(dashboard.uid).toBe('venue-graph');
    expect(dashboard.panels.length).toBeGreaterThanOrEqual(8);
    expect(new Set(dashboard.panels.map((p) => p.id)).size).toBe(dashboard.panels.length);
    for (const p of dashboard.panels) expect(p.targets.length, p.title).toBeGreaterThan(0);
  });

  it('uses only metrics that are registered, and every metric of ours is on it', async () => {
    const served = new Set((await registry.getMetricsAsJSON()).map((m) => m.name).filter((n) => n.startsWith('venue_graph_')));
    const used = new Set(
      dashboard.panels.flatMap((p) =>
        p.targets.flatMap((t) => [...t.expr.matchAll(/venue_graph_[a-z_]+/g)].map((m) => m[0].replace(/_(bucket|count|sum)$/, ''))),
      ),
    );
    expect([...used].filter((n) => !served.has(n))).toEqual([]);
    expect([...served].filter((n) => !used.has(n))).toEqual([]);
  });
});
