import { registerEnumType } from 'type-graphql';

export enum StaffRole {
  STATION_HEAD = 'STATION_HEAD',
  SOCIAL_WORKER = 'SOCIAL_WORKER',
  ASSISTANT = 'ASSISTANT',
}
registerEnumType(StaffRole, {
  name: 'StaffRole',
  description: 'Role at the station. 岗位。',
  valuesConfig: {
    STATION_HEAD: { description: '站长' },
    SOCIAL_WORKER: { description: '社会工作者' },
    ASSISTANT: { description: '辅助人员' },
  },
});
