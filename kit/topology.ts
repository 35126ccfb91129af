import { VENUE_DEPARTMENTS } from './department-table.js';

/**
 * The subgraphs of the federation: facilities, then one per line of kit/department-table.ts: their
 * names as the supergraph knows them, the prefix of their environment variables and their default
 * ports. This is deployment configuration shared by the launcher, the gateway and the compose script;
 * it names no subgraph code.
 */
const FACILITIES = { name: 'facilities', envPrefix: 'FACILITIES', defaultPort: 4001 } as const;

export type SubgraphName = typeof FACILITIES.name | (typeof VENUE_DEPARTMENTS)[number]['dept'];

export const SUBGRAPHS: readonly { name: SubgraphName; envPrefix: string; defaultPort: number }[] = [
  FACILITIES,
  ...VENUE_DEPARTMENTS.map((d) => ({ name: d.dept, envPrefix: d.envPrefix, defaultPort: d.defaultPort })),
];

export const SUBGRAPH_NAMES: readonly SubgraphName[] = SUBGRAPHS.map((s) => s.name);

export const GATEWAY_DEFAULT_PORT = 4000;

export function subgraphInfo(name: string) {
  const info = SUBGRAPHS.find((s) => s.name === name);
  if (!info) {
    throw new Error(`Unknown subgraph "${name}": expected one of ${SUBGRAPH_NAMES.join(', ')}`);
  }
  return info;
}
