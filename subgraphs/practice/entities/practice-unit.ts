import { LocalDateResolver } from 'graphql-scalars';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum PracticeTier {
  CENTRE = 'CENTRE',
  INSTITUTE = 'INSTITUTE',
  STATION = 'STATION',
  POINT = 'POINT',
}
registerEnumType(PracticeTier, {
  name: 'PracticeTier',
  description: 'Tier of a civilization-practice unit. 新时代文明实践阵地层级。',
  valuesConfig: {
    CENTRE: { description: '实践中心 (county)' },
    INSTITUTE: { description: '实践所 (township)' },
    STATION: { description: '实践站 (village or community)' },
    POINT: { description: '实践点' },
  },
});

export enum TeamLevel {
  CORPS = 'CORPS',
  DIVISION = 'DIVISION',
  SQUAD = 'SQUAD',
}
registerEnumType(TeamLevel, {
  name: 'TeamLevel',
  description: 'Level of a volunteer team, mirroring the tiers. 志愿服务队层级。',
  valuesConfig: {
    CORPS: { description: '总队 (centre)' },
    DIVISION: { description: '分队 (institute)' },
    SQUAD: { description: '小队 (station)' },
  },
});

export enum OrderStatus {
  REQUESTED = 'REQUESTED',
  ASSIGNED = 'ASSIGNED',
  ACCEPTED = 'ACCEPTED',
  RATED = 'RATED',
}
registerEnumType(OrderStatus, {
  name: 'OrderStatus',
  description: 'Where a service order stands in its cycle. 订单状态。',
  valuesConfig: {
    REQUESTED: { description: '点单: a resident asked' },
    ASSIGNED: { description: '派单: the unit assigned a team' },
    ACCEPTED: { description: '接单: the team took it on' },
    RATED: { description: '评单: the resident rated it' },
  },
});

export enum OrderCategory {
  THEORY_OUTREACH = 'THEORY_OUTREACH',
  CULTURE = 'CULTURE',
  HEALTH = 'HEALTH',
  LEGAL_AID = 'LEGAL_AID',
  ELDERLY_HELP = 'ELDERLY_HELP',
  ENVIRONMENT = 'ENVIRONMENT',
  EDUCATION = 'EDUCATION',
}
registerEnumType(OrderCategory, {
  name: 'OrderCategory',
  description: 'What a resident asked for. 服务类别。',
  valuesConfig: {
    THEORY_OUTREACH: { description: '理论宣讲' },
    CULTURE: { description: '文化服务' },
    HEALTH: { description: '健康服务' },
    LEGAL_AID: { description: '法律服务' },
    ELDERLY_HELP: { description: '助老服务' },
    ENVIRONMENT: { description: '环境整治' },
    EDUCATION: { description: '教育服务' },
  },
});

@ObjectType('PracticeUnit', {
  description: 'A New-Era civilization-practice unit, kept by the Propaganda Department. 新时代文明实践中心、所、站（宣传部门）。',
})
@Directive('@key(fields: "id")')
export class PracticeUnit {
  @Field(() => ID, { description: 'Venue id, practice-<region code>. 编号。' })
  id!: string;

  @Field(() => String, { description: 'Name. 名称。' })
  name!: string;

  @Field(() => PracticeTier, { description: 'Tier. 层级。' })
  tier!: PracticeTier;

  regionCode!: string;
  parentId!: string | null;
}

@ObjectType('VolunteerTeam', { description: 'A volunteer team: 总队 → 分队 → 小队. 志愿服务队。' })
export class VolunteerTeam {
  @Field(() => ID, { description: 'Its id. 编号。' })
  id!: string;

  @Field(() => String, { description: 'Name. 名称。' })
  name!: string;

  @Field(() => TeamLevel, { description: '总队, 分队 or 小队. 队伍层级。' })
  level!: TeamLevel;

  @Field(() => Int, { description: 'Registered volunteers. 队员人数。' })
  members!: number;

  unitId!: string;
  parentId!: string | null;
}

@ObjectType('ServiceOrder', { description: 'A service order: 点单 → 派单 → 接单 → 评单. 志愿服务订单。' })
export class ServiceOrder {
  @Field(() => ID, { description: 'Its id. 编号。' })
  id!: string;

  @Field(() => OrderCategory, { description: 'What the resident asked for. 服务类别。' })
  category!: OrderCategory;

  @Field(() => String, { description: 'What was asked, as written (no personal data). 需求。' })
  request!: string;

  @Field(() => OrderStatus, { description: 'Where the order stands: 点单, 派单, 接单 or 评单. 订单状态。' })
  status!: OrderStatus;

  @Field(() => LocalDateResolver, { description: '点单 date. 点单日期。' })
  requestedAt!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: '派单 date. 派单日期。' })
  assignedAt!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: '接单 date. 接单日期。' })
  acceptedAt!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: '评单 date. 评单日期。' })
  ratedAt!: string | null;

  @Field(() => Int, { nullable: true, description: 'Rating 1–5 given by the resident. 评价（1-5）。' })
  rating!: number | null;

  teamId!: string | null;
  unitId!: string;
}

@ObjectType('PracticeTierCount', { description: 'Practice units of one tier in a region subtree. 各层级实践阵地数量。' })
export class PracticeTierCount {
  @Field(() => PracticeTier, { description: 'The tier counted. 层级。' })
  tier!: PracticeTier;

  @Field(() => Int, { description: 'Units. 数量。' })
  units!: number;
}
