import { VENUE_DEPARTMENTS } from './department-table.js';

/**
 * The departments of the graph, from one table (kit/department-table.ts): every list of departments, venue types and their labels
 * (the identity claims, facilities' `VenueType` and `Department` enums and venue stubs, the seed world)
 * is derived from it. A new department is one folder under subgraphs/ plus one line in that table (which
 * also says where its process listens: kit/topology.ts derives the subgraph list from it). This is data about the deployment; it names no
 * subgraph code.
 */
export { VENUE_DEPARTMENTS };

export type { VenueDepartment } from './department-table.js';
import type { VenueDepartment } from './department-table.js';
export type VenueDepartmentName = VenueDepartment['dept'];
export type VenueTypeName = VenueDepartment['venueType'];

/** The shared layer is a department of the graph too (it manages buildings), but keeps no venues. */
export const PLATFORM_DEPARTMENT = { dept: 'facilities', enumKey: 'FACILITIES', owner: '平台、乡镇（场地共享层）' } as const;

/** Every department a staff token may name. */
export type Department = VenueDepartmentName | typeof PLATFORM_DEPARTMENT.dept;
export const DEPARTMENTS = [...VENUE_DEPARTMENTS.map((d) => d.dept), PLATFORM_DEPARTMENT.dept] as unknown as readonly [
  Department,
  ...Department[],
];

export const VENUE_DEPARTMENT_NAMES: readonly VenueDepartmentName[] = VENUE_DEPARTMENTS.map((d) => d.dept);
export const VENUE_TYPE_NAMES: readonly VenueTypeName[] = VENUE_DEPARTMENTS.map((d) => d.venueType);

/** An enum value's name for a PascalCase name (README "Naming scheme"): PartyServiceCentre → PARTY_SERVICE_CENTRE. */
export function screamingSnake(name: string): string {
  return name.replace(/(?<=[a-z0-9])(?=[A-Z])/g, '_').toUpperCase();
}

export function venueDepartment(dept: string): VenueDepartment {
  const found = VENUE_DEPARTMENTS.find((d) => d.dept === dept);
  if (!found) throw new Error(`Unknown department "${dept}": expected one of ${VENUE_DEPARTMENT_NAMES.join(', ')}`);
  return found;
}
