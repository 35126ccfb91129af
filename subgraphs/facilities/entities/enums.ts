import { registerEnumType } from 'type-graphql';

export enum RegionLevel {
  PROVINCE = 'PROVINCE',
  CITY = 'CITY',
  COUNTY = 'COUNTY',
  TOWNSHIP = 'TOWNSHIP',
  VILLAGE = 'VILLAGE',
}
registerEnumType(RegionLevel, {
  name: 'RegionLevel',
  description: 'Administrative level of a division code. 行政区划级别。',
  valuesConfig: {
    PROVINCE: { description: '省 (2-digit code)' },
    CITY: { description: '地级市 (4 digits)' },
    COUNTY: { description: '县、县级市、区 (6 digits)' },
    TOWNSHIP: { description: '乡级: 街道、镇、乡 (9 digits)' },
    VILLAGE: { description: '村级: 社区、村 (12 digits)' },
  },
});

export enum RegionKind {
  SUBDISTRICT = 'SUBDISTRICT',
  TOWN = 'TOWN',
  TOWNSHIP = 'TOWNSHIP',
  OTHER = 'OTHER',
  COMMUNITY = 'COMMUNITY',
  VILLAGE = 'VILLAGE',
}
registerEnumType(RegionKind, {
  name: 'RegionKind',
  description: 'Kind of a township- or village-level division. 乡级、村级区划类型。',
  valuesConfig: {
    SUBDISTRICT: { description: '街道 (township level)' },
    TOWN: { description: '镇 (township level)' },
    TOWNSHIP: { description: '乡 (township level)' },
    OTHER: { description: 'Development zone, farm, forest or similar township-level unit. 开发区、农场等。' },
    COMMUNITY: { description: '社区 (village level)' },
    VILLAGE: { description: '村 (village level)' },
  },
});

export enum CoordinateSystem {
  WGS84 = 'WGS84',
  GCJ02 = 'GCJ02',
  BD09 = 'BD09',
  CGCS2000 = 'CGCS2000',
}
registerEnumType(CoordinateSystem, {
  name: 'CoordinateSystem',
  description: 'Datum of a coordinate pair; Chinese web maps use GCJ-02 (Amap, Tencent) or BD-09 (Baidu). 坐标系。',
});

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

export enum VenueType {
  PartyServiceCentre = 'PartyServiceCentre',
  PracticeUnit = 'PracticeUnit',
  CultureStation = 'CultureStation',
  SocialWorkStation = 'SocialWorkStation',
}
registerEnumType(VenueType, {
  name: 'VenueType',
  description: "The four departments' venue types, as named in the graph. 场所类型。",
  valuesConfig: {
    PartyServiceCentre: { description: '党群服务中心' },
    PracticeUnit: { description: '新时代文明实践中心、所、站' },
    CultureStation: { description: '综合文化站' },
    SocialWorkStation: { description: '社会工作站' },
  },
});
