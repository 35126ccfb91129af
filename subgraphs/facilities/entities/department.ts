import { registerEnumType } from 'type-graphql';
import type { EnumLabels } from '../../../kit/sheets/enum-labels.js';
import { type Department as DepartmentName, PLATFORM_DEPARTMENT, VENUE_DEPARTMENTS } from '../../../kit/departments.js';

const ALL = [...VENUE_DEPARTMENTS, PLATFORM_DEPARTMENT];

/** The departments of the graph (enum keys PARTY, …; values as in tokens: party, …), from kit/departments.ts. */
export const Department = Object.fromEntries(ALL.map((d) => [d.enumKey, d.dept])) as {
  [D in (typeof ALL)[number] as D['enumKey']]: D['dept'];
};
export type Department = DepartmentName;

/** Other wordings offices write for a department (its registry line's `owner` is the first label). */
const OTHER_WORDINGS: Partial<Record<Department, string[]>> = {
  party: ['组织部门', '组织部', '党建办', '组织办'],
  practice: ['宣传部门', '宣传部', '宣传办', '文明办'],
  culture: ['文化和旅游部门', '文化和旅游局', '文广旅体局', '文旅局', '文化站'],
  'social-work': ['民政部门', '民政局', '民政办', '社会事务办', '社工站'],
  facilities: ['平台', '乡镇（街道）', '乡镇人民政府', '街道办事处'],
};

/**
 * Its labels by value (party, …; kit/sheets/enum-labels.ts): the first, its registry line's `owner`, is
 * the schema's description and the import template's choice. Keyed by value, not by enum key, as the
 * tables store it.
 */
export const DEPARTMENT_LABELS = Object.fromEntries(
  ALL.map((d): [Department, readonly [string, ...string[]]] => [d.dept, [d.owner, ...(OTHER_WORDINGS[d.dept] ?? [])]]),
) as EnumLabels<Department>;

registerEnumType(Department, {
  name: 'Department',
  description: 'A department of the graph. 部门。',
  valuesConfig: Object.fromEntries(ALL.map((d) => [d.enumKey, { description: DEPARTMENT_LABELS[d.dept][0] }])),
});
