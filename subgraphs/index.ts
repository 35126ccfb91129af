import type { TemplateSpec } from '../kit/sheets/spec.js';
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

/**
 * The import template of `owner` (facilities or a department): the default export of
 * subgraphs/<owner>/import-spec.ts. Throws naming the owners when `owner` is none of them.
 */
export async function loadImportSpec(owner: string): Promise<TemplateSpec> {
  const known = SUBGRAPHS.map((s) => s.name as string);
  if (!known.includes(owner)) throw new Error(`unknown department "${owner}": expected one of ${known.join(', ')}`);
  const module = (await import(`./${owner}/import-spec.js`)) as { default?: TemplateSpec };
  if (module.default?.owner !== owner)
    throw new Error(`subgraphs/${owner}/import-spec.ts must export its template spec (owner "${owner}") as default`);
  return module.default;
}
