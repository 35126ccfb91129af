import { registerEnumType } from 'type-graphql';
import { type EnumLabels, valuesConfigOf } from '../../../kit/sheets/enum-labels.js';

export enum SpaceKind {
  MULTI_FUNCTION_HALL = 'MULTI_FUNCTION_HALL',
  MEETING_ROOM = 'MEETING_ROOM',
  ACTIVITY_ROOM = 'ACTIVITY_ROOM',
  READING_ROOM = 'READING_ROOM',
  TRAINING_ROOM = 'TRAINING_ROOM',
  COUNSELLING_ROOM = 'COUNSELLING_ROOM',
  SPORTS_ROOM = 'SPORTS_ROOM',
  OUTDOOR_SQUARE = 'OUTDOOR_SQUARE',
}
/** Its labels (kit/sheets/enum-labels.ts): the first is the schema's description and the import template's choice. */
export const SPACE_KIND_LABELS: EnumLabels<SpaceKind> = {
  MULTI_FUNCTION_HALL: ['多功能厅', '多功能室', '报告厅', '礼堂'],
  MEETING_ROOM: ['会议室', '议事室', '议事厅'],
  ACTIVITY_ROOM: ['活动室', '村民活动室', '小组活动室', '综合活动室'],
  READING_ROOM: ['阅览室', '图书阅览室', '图书室', '农家书屋'],
  TRAINING_ROOM: ['培训教室', '培训室', '教室'],
  COUNSELLING_ROOM: ['心理咨询室、个案工作室 (never shared)', '心理咨询室', '个案工作室', '心理辅导室'],
  SPORTS_ROOM: ['文体活动室', '健身室', '乒乓球室'],
  OUTDOOR_SQUARE: ['室外广场', '文化广场', '广场', '室外场地'],
};

registerEnumType(SpaceKind, {
  name: 'SpaceKind',
  description: 'What a room is for. 空间类型。',
  valuesConfig: valuesConfigOf(SPACE_KIND_LABELS),
});
