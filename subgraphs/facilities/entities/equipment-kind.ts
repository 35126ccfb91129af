import { registerEnumType } from 'type-graphql';
import { type EnumLabels, valuesConfigOf } from '../../../kit/sheets/enum-labels.js';

export enum EquipmentKind {
  PROJECTOR = 'PROJECTOR',
  LED_SCREEN = 'LED_SCREEN',
  SOUND_SYSTEM = 'SOUND_SYSTEM',
  MICROPHONE = 'MICROPHONE',
  COMPUTER = 'COMPUTER',
  BOOKSHELF = 'BOOKSHELF',
  TABLE_TENNIS = 'TABLE_TENNIS',
  PIANO = 'PIANO',
}
/** Its labels (kit/sheets/enum-labels.ts): the first is the schema's description and the import template's choice. */
export const EQUIPMENT_KIND_LABELS: EnumLabels<EquipmentKind> = {
  PROJECTOR: ['投影仪', '投影机'],
  LED_SCREEN: ['LED 显示屏', 'LED屏', '显示屏', '电子大屏'],
  SOUND_SYSTEM: ['音响', '音响系统', '音箱'],
  MICROPHONE: ['话筒', '麦克风'],
  COMPUTER: ['电脑', '计算机'],
  BOOKSHELF: ['书架', '书柜'],
  TABLE_TENNIS: ['乒乓球桌', '乒乓球台'],
  PIANO: ['钢琴、电子琴', '钢琴', '电子琴'],
};

registerEnumType(EquipmentKind, {
  name: 'EquipmentKind',
  description: 'Kind of equipment. 设备类型。',
  valuesConfig: valuesConfigOf(EQUIPMENT_KIND_LABELS),
});
