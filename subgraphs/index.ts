import type { SubgraphDefinition } from '../kit/subgraph.js';
import { SUBGRAPHS, type SubgraphName } from '../kit/topology.js';

/**
 * Every subgraph definition, for tooling (compose, seed, tests): the default export of
 * subgraphs/<name>/subgraph.ts for each name of kit/topology.ts (facilities and the departments of the
 * registry, kit/department-table.ts), so a new department's folder is found by its registry line
 * alone. The gateway never imports this.
 */
export async function loadSubgraphDefinitions(): Promise<Record<SubgraphName, SubgraphDefinition<unknown>>> {
  const entries = await Promise.all(
    SUBGRAPHS.map(async ({ name }) => {
      const module = (await import(`./${name}/subgraph.js`)) as { default?: SubgraphDefinition<unknown> };
      if (module.default?.name !== name)
        throw new Error(`subgraphs/${name}/subgraph.ts must export its definition (name "${name}") as default`);
      return [name, module.default] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<SubgraphName, SubgraphDefinition<unknown>>;
}
