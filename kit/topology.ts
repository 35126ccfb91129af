/**
 * The five subgraphs of the federation: their names as the supergraph knows them, the prefix of their
 * environment variables and their default ports. This is deployment configuration shared by the
 * launcher, the gateway and the compose script; it names no subgraph code.
 */
export const SUBGRAPHS = [
  { name: 'facilities', envPrefix: 'FACILITIES', defaultPort: 4001 },
  { name: 'party', envPrefix: 'PARTY', defaultPort: 4002 },
  { name: 'practice', envPrefix: 'PRACTICE', defaultPort: 4003 },
  { name: 'culture', envPrefix: 'CULTURE', defaultPort: 4004 },
  { name: 'social-work', envPrefix: 'SOCIAL_WORK', defaultPort: 4005 },
] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];

export const SUBGRAPH_NAMES: readonly SubgraphName[] = SUBGRAPHS.map((s) => s.name);

export const GATEWAY_DEFAULT_PORT = 4000;

export function subgraphInfo(name: string) {
  const info = SUBGRAPHS.find((s) => s.name === name);
  if (!info) {
    throw new Error(`Unknown subgraph "${name}": expected one of ${SUBGRAPH_NAMES.join(', ')}`);
  }
  return info;
}
