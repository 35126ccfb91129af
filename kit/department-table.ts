/**
 * The registry of the departments that keep venues: one line each. Everything else about departments
 * (kit/departments.ts) is derived from this table; a new department is a folder under subgraphs/ plus
 * a line here.
 */
export interface VenueDepartmentLine {
  /** As in tokens (`dept` claim) and the Department enum's values. */
  dept: string;
  /** The Department enum's key. */
  enumKey: string;
  /** The GraphQL type of its venue (keyed by id); facilities declares a stub of it. */
  venueType: string;
  venueLabel: string;
  venueLabelEn: string;
  /** Who keeps it. */
  owner: string;
  /** Its subgraph's environment variables start with this (`CULTURE_PORT`, `CULTURE_DB_URL`, `CULTURE_URL`). */
  envPrefix: string;
  /** Where its subgraph listens unless configured. */
  defaultPort: number;
}

export const VENUE_DEPARTMENTS = [
  {
    dept: 'party',
    enumKey: 'PARTY',
    venueType: 'PartyServiceCentre',
    venueLabel: '党群服务中心',
    venueLabelEn: 'Party-member service centre',
    owner: '组织部门（党群服务中心）',
    envPrefix: 'PARTY',
    defaultPort: 4002,
  },
  {
    dept: 'practice',
    enumKey: 'PRACTICE',
    venueType: 'PracticeUnit',
    venueLabel: '新时代文明实践中心、所、站',
    venueLabelEn: 'civilization-practice unit',
    owner: '宣传部门（新时代文明实践）',
    envPrefix: 'PRACTICE',
    defaultPort: 4003,
  },
  {
    dept: 'culture',
    enumKey: 'CULTURE',
    venueType: 'CultureStation',
    venueLabel: '综合文化站',
    venueLabelEn: 'township culture station',
    owner: '文化和旅游部门（文化站）',
    envPrefix: 'CULTURE',
    defaultPort: 4004,
  },
  {
    dept: 'social-work',
    enumKey: 'SOCIAL_WORK',
    venueType: 'SocialWorkStation',
    venueLabel: '社会工作站',
    venueLabelEn: 'social-work station',
    owner: '民政部门（社工站）',
    envPrefix: 'SOCIAL_WORK',
    defaultPort: 4005,
  },
] as const satisfies readonly VenueDepartmentLine[];

export type VenueDepartment = (typeof VENUE_DEPARTMENTS)[number];
