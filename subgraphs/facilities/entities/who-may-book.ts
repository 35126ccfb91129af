import { registerEnumType } from 'type-graphql';

export enum WhoMayBook {
  ANY_DEPARTMENT = 'ANY_DEPARTMENT',
  SAME_REGION = 'SAME_REGION',
  NAMED_DEPARTMENTS = 'NAMED_DEPARTMENTS',
}
registerEnumType(WhoMayBook, {
  name: 'WhoMayBook',
  description: 'Who may ask to use a space. 可预约对象。',
  valuesConfig: {
    ANY_DEPARTMENT: { description: '任何部门' },
    SAME_REGION: { description: 'Departments of the same region subtree. 同一辖区' },
    NAMED_DEPARTMENTS: { description: 'Only the departments listed. 指定部门' },
  },
});
