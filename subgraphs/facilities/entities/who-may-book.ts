import { registerEnumType } from 'type-graphql';
import { type EnumLabels, valuesConfigOf } from '../../../kit/sheets/enum-labels.js';

export enum WhoMayBook {
  ANY_DEPARTMENT = 'ANY_DEPARTMENT',
  SAME_REGION = 'SAME_REGION',
  NAMED_DEPARTMENTS = 'NAMED_DEPARTMENTS',
}
/** Its labels (kit/sheets/enum-labels.ts): the first is the schema's description and the import template's choice. */
export const WHO_MAY_BOOK_LABELS: EnumLabels<WhoMayBook> = {
  ANY_DEPARTMENT: ['任何部门', '所有部门', '不限'],
  SAME_REGION: ['Departments of the same region subtree. 同一辖区', '同一辖区', '本辖区', '辖区内部门'],
  NAMED_DEPARTMENTS: ['Only the departments listed. 指定部门', '指定部门', '限指定部门'],
};

registerEnumType(WhoMayBook, {
  name: 'WhoMayBook',
  description: 'Who may ask to use a space. 可预约对象。',
  valuesConfig: valuesConfigOf(WHO_MAY_BOOK_LABELS),
});
