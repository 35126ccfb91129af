import { registerEnumType } from 'type-graphql';

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
registerEnumType(SpaceKind, {
  name: 'SpaceKind',
  description: 'What a room is for. 空间类型。',
  valuesConfig: {
    MULTI_FUNCTION_HALL: { description: '多功能厅' },
    MEETING_ROOM: { description: '会议室' },
    ACTIVITY_ROOM: { description: '活动室' },
    READING_ROOM: { description: '阅览室' },
    TRAINING_ROOM: { description: '培训教室' },
    COUNSELLING_ROOM: { description: '心理咨询室、个案工作室 (never shared)' },
    SPORTS_ROOM: { description: '文体活动室' },
    OUTDOOR_SQUARE: { description: '室外广场' },
  },
});
