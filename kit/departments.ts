/**
 * The departments of the graph, in one table: every list of departments, venue types and their labels
 * (the identity claims, facilities' `VenueType` and `Department` enums and venue stubs, the seed world)
 * is derived from it. A new department is one folder under subgraphs/ plus one line here (and one in
 * kit/topology.ts for where its process listens). This is data about the deployment; it names no
 * subgraph code.
 */
export const VENUE_DEPARTMENTS = [
  {
    dept: 'party',
    enumKey: 'PARTY',
    venueType: 'PartyServiceCentre',
    venueLabel: '党群服务中心',
    venueLabelEn: 'Party-member service centre',
    owner: '组织部门（党群服务中心）',
  },
  {
    dept: 'practice',
    enumKey: 'PRACTICE',
    venueType: 'PracticeUnit',
    venueLabel: '新时代文明实践中心、所、站',
    venueLabelEn: 'civilization-practice unit',
    owner: '宣传部门（新时代文明实践）',
  },
  {
    dept: 'culture',
    enumKey: 'CULTURE',
    venueType: 'CultureStation',
    venueLabel: '综合文化站',
    venueLabelEn: 'township culture station',
    owner: '文化和旅游部门（文化站）',
  },
  {
    dept: 'social-work',
    enumKey: 'SOCIAL_WORK',
    venueType: 'SocialWorkStation',
    venueLabel: '社会工作站',
    venueLabelEn: 'social-work station',
    owner: '民政部门（社工站）',
  },
] as const;

export type VenueDepartment = (typeof VENUE_DEPARTMENTS)[number];
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

export function venueDepartment(dept: string): VenueDepartment {
  const found = VENUE_DEPARTMENTS.find((d) => d.dept === dept);
  if (!found) throw new Error(`Unknown department "${dept}": expected one of ${VENUE_DEPARTMENT_NAMES.join(', ')}`);
  return found;
}
