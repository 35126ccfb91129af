import { registerEnumType } from 'type-graphql';
import { type EnumLabels, valuesConfigOf } from '../../../kit/sheets/enum-labels.js';

export enum StaffRole {
  STATION_HEAD = 'STATION_HEAD',
  SOCIAL_WORKER = 'SOCIAL_WORKER',
  ASSISTANT = 'ASSISTANT',
}
/** Its labels (kit/sheets/enum-labels.ts): the first is the schema's description and the import template's choice. */
export const STAFF_ROLE_LABELS: EnumLabels<StaffRole> = {
  STATION_HEAD: ['站长', '负责人'],
  SOCIAL_WORKER: ['社会工作者', '社工', '专职社工'],
  ASSISTANT: ['辅助人员', '助理', '协理员'],
};

registerEnumType(StaffRole, {
  name: 'StaffRole',
  description: 'Role at the station. 岗位。',
  valuesConfig: valuesConfigOf(STAFF_ROLE_LABELS),
});
