import { registerEnumType } from 'type-graphql';
import { type EnumLabels, valuesConfigOf } from '../../../kit/sheets/enum-labels.js';

export enum StationStatus {
  PLANNED = 'PLANNED',
  BUILDING = 'BUILDING',
  OPERATING = 'OPERATING',
}
/** Its labels (kit/sheets/enum-labels.ts): the first is the schema's description and the import template's choice. */
export const STATION_STATUS_LABELS: EnumLabels<StationStatus> = {
  PLANNED: ['计划建设', '未启动', '未开工', '筹建'],
  BUILDING: ['建设中', '在建', '推进中'],
  OPERATING: ['已建成运营', '已建成', '已完成', '运营中'],
};

registerEnumType(StationStatus, {
  name: 'StationStatus',
  description: 'Where a social-work station stands. 社工站建设状态。',
  valuesConfig: valuesConfigOf(STATION_STATUS_LABELS),
});
