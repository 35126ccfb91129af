import { LocalDateResolver } from 'graphql-scalars';
import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum PartyCentreLevel {
  COUNTY = 'COUNTY',
  TOWNSHIP = 'TOWNSHIP',
  VILLAGE = 'VILLAGE',
  COMMUNITY = 'COMMUNITY',
}
registerEnumType(PartyCentreLevel, {
  name: 'PartyCentreLevel',
  description: 'Level of a Party-member service centre. 党群服务中心层级。',
  valuesConfig: {
    COUNTY: { description: '县级' },
    TOWNSHIP: { description: '乡镇（街道）级' },
    VILLAGE: { description: '村级' },
    COMMUNITY: { description: '社区级' },
  },
});

export enum PartyFunction {
  PARTY_EDUCATION = 'PARTY_EDUCATION',
  GOVERNMENT_SERVICES = 'GOVERNMENT_SERVICES',
  CONVENIENCE_SERVICES = 'CONVENIENCE_SERVICES',
  VOLUNTEER_SERVICES = 'VOLUNTEER_SERVICES',
  CULTURE_AND_SPORTS = 'CULTURE_AND_SPORTS',
  CONSULTATION = 'CONSULTATION',
  ELDERLY_AND_CHILD_CARE = 'ELDERLY_AND_CHILD_CARE',
}
registerEnumType(PartyFunction, {
  name: 'PartyFunction',
  description: 'A function a centre offers. 服务功能。',
  valuesConfig: {
    PARTY_EDUCATION: { description: '党员教育' },
    GOVERNMENT_SERVICES: { description: '政务服务' },
    CONVENIENCE_SERVICES: { description: '便民服务' },
    VOLUNTEER_SERVICES: { description: '志愿服务' },
    CULTURE_AND_SPORTS: { description: '文体活动' },
    CONSULTATION: { description: '议事协商' },
    ELDERLY_AND_CHILD_CARE: { description: '一老一小服务' },
  },
});

export enum PartyActivityKind {
  THEME_PARTY_DAY = 'THEME_PARTY_DAY',
  PARTY_LECTURE = 'PARTY_LECTURE',
  VOLUNTEERING = 'VOLUNTEERING',
  CULTURAL_EVENT = 'CULTURAL_EVENT',
  CONSULTATION_DAY = 'CONSULTATION_DAY',
}
registerEnumType(PartyActivityKind, {
  name: 'PartyActivityKind',
  description: 'Kind of activity. 活动类型。',
  valuesConfig: {
    THEME_PARTY_DAY: { description: '主题党日' },
    PARTY_LECTURE: { description: '党课' },
    VOLUNTEERING: { description: '志愿服务' },
    CULTURAL_EVENT: { description: '文化活动' },
    CONSULTATION_DAY: { description: '民情恳谈、咨询' },
  },
});

@ObjectType('PartyServiceCentre', {
  description: 'A Party-member service centre, kept by the Organization Department. 党群服务中心（组织部门）。',
})
@Directive('@key(fields: "id")')
export class PartyServiceCentre {
  @Field(() => ID, { description: 'Venue id, party-<region code>. 编号。' })
  id!: string;

  @Field(() => String, { description: 'Name. 名称。' })
  name!: string;

  @Field(() => PartyCentreLevel, { description: 'Level. 层级。' })
  level!: PartyCentreLevel;

  @Field(() => [PartyFunction], { description: 'Functions offered. 服务功能。' })
  functions!: PartyFunction[];

  @Field(() => Float, { description: 'Floor area of its service hall in square metres. 服务大厅面积（平方米）。' })
  serviceHallM2!: number;

  @Field(() => String, { description: 'Opening hours as published. 开放时间。' })
  openingHours!: string;

  regionCode!: string;
}

@ObjectType('PartyActivity', { description: 'An activity a centre held. 党群活动。' })
export class PartyActivity {
  @Field(() => ID, { description: 'Its id. 编号。' })
  id!: string;

  @Field(() => LocalDateResolver, { description: 'Date held. 日期。' })
  heldOn!: string;

  @Field(() => String, { description: 'Title. 名称。' })
  title!: string;

  @Field(() => PartyActivityKind, { description: 'What kind of activity it was. 活动类型。' })
  kind!: PartyActivityKind;

  @Field(() => Int, { description: 'Participants. 参与人次。' })
  participants!: number;

  centreId!: string;
}
