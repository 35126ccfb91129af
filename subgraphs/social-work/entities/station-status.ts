import { registerEnumType } from 'type-graphql';

export enum StationStatus {
  PLANNED = 'PLANNED',
  BUILDING = 'BUILDING',
  OPERATING = 'OPERATING',
}
registerEnumType(StationStatus, {
  name: 'StationStatus',
  description: 'Where a social-work station stands. 社工站建设状态。',
  valuesConfig: { PLANNED: { description: '计划建设' }, BUILDING: { description: '建设中' }, OPERATING: { description: '已建成运营' } },
});
