import { registerEnumType } from 'type-graphql';
import { type Department as DepartmentName, PLATFORM_DEPARTMENT, VENUE_DEPARTMENTS } from '../../../kit/departments.js';

const ALL = [...VENUE_DEPARTMENTS, PLATFORM_DEPARTMENT];

/** The departments of the graph (enum keys PARTY, …; values as in tokens: party, …), from kit/departments.ts. */
export const Department = Object.fromEntries(ALL.map((d) => [d.enumKey, d.dept])) as {
  [D in (typeof ALL)[number] as D['enumKey']]: D['dept'];
};
export type Department = DepartmentName;

registerEnumType(Department, {
  name: 'Department',
  description: 'A department of the graph. 部门。',
  valuesConfig: Object.fromEntries(ALL.map((d) => [d.enumKey, { description: d.owner }])),
});
