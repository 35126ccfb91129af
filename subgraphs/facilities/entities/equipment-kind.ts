import { registerEnumType } from 'type-graphql';

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
registerEnumType(EquipmentKind, {
  name: 'EquipmentKind',
  description: 'Kind of equipment. 设备类型。',
  valuesConfig: {
    PROJECTOR: { description: '投影仪' },
    LED_SCREEN: { description: 'LED 显示屏' },
    SOUND_SYSTEM: { description: '音响' },
    MICROPHONE: { description: '话筒' },
    COMPUTER: { description: '电脑' },
    BOOKSHELF: { description: '书架' },
    TABLE_TENNIS: { description: '乒乓球桌' },
    PIANO: { description: '钢琴、电子琴' },
  },
});
