import { LocalDateResolver } from 'graphql-scalars';
import { Authorized, Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum CultureGrade {
  SPECIAL = 'SPECIAL',
  FIRST = 'FIRST',
  SECOND = 'SECOND',
  THIRD = 'THIRD',
  UNRATED = 'UNRATED',
}
registerEnumType(CultureGrade, {
  name: 'CultureGrade',
  description: 'Grade awarded in the provincial assessment of township culture stations. 文化站评估定级。',
  valuesConfig: {
    SPECIAL: { description: '特级站' },
    FIRST: { description: '一级站' },
    SECOND: { description: '二级站' },
    THIRD: { description: '三级站' },
    UNRATED: { description: '未定级' },
  },
});

export enum CultureActivityKind {
  PERFORMANCE = 'PERFORMANCE',
  EXHIBITION = 'EXHIBITION',
  TRAINING = 'TRAINING',
  READING = 'READING',
  FILM_SCREENING = 'FILM_SCREENING',
  SPORTS = 'SPORTS',
}
registerEnumType(CultureActivityKind, {
  name: 'CultureActivityKind',
  description: 'Kind of activity. 活动类型。',
  valuesConfig: {
    PERFORMANCE: { description: '文艺演出' },
    EXHIBITION: { description: '展览' },
    TRAINING: { description: '培训' },
    READING: { description: '阅读推广' },
    FILM_SCREENING: { description: '电影放映' },
    SPORTS: { description: '体育健身' },
  },
});

@ObjectType('CultureStation', {
  description: 'A township comprehensive culture station, kept by the Culture & Tourism department. 乡镇综合文化站（文化和旅游部门）。',
})
@Directive('@key(fields: "id")')
export class CultureStation {
  @Field(() => ID, { description: 'Venue id, culture-<township code>. 编号。' })
  id!: string;

  @Field(() => String, { description: 'Name. 名称。' })
  name!: string;

  @Field(() => CultureGrade, { description: 'Assessment grade. 等级。' })
  grade!: CultureGrade;

  @Field(() => Float, { description: 'Building area in square metres. 建筑面积（平方米）。' })
  buildingAreaM2!: number;

  @Field(() => Int, { description: 'Opening hours per week. 每周开放时长（小时）。' })
  weeklyOpenHours!: number;

  @Field(() => Int, { description: 'Days open per year. 年开放天数。' })
  openDaysPerYear!: number;

  @Authorized('department')
  @Field(() => Int, { nullable: true, description: 'Full-time staff. 专职人员。' })
  fullTimeStaff!: number;

  @Authorized('department')
  @Field(() => Int, { nullable: true, description: 'Part-time staff. 兼职人员。' })
  partTimeStaff!: number;

  @Authorized('department')
  @Field(() => String, { nullable: true, description: 'The unit that guides its work, usually the county culture centre. 业务指导单位。' })
  guidingUnit!: string;

  regionCode!: string;
}

@ObjectType('CultureActivity', { description: 'An activity a culture station held. 文化活动。' })
export class CultureActivity {
  @Field(() => ID, { description: 'Its id. 编号。' })
  id!: string;

  @Field(() => LocalDateResolver, { description: 'Date held. 日期。' })
  heldOn!: string;

  @Field(() => String, { description: 'Title. 名称。' })
  title!: string;

  @Field(() => CultureActivityKind, { description: 'What kind of activity it was. 活动类型。' })
  kind!: CultureActivityKind;

  @Field(() => Int, { description: 'Participants. 参与人次。' })
  participants!: number;

  stationId!: string;
}

@ObjectType('CultureGradeCount', { description: 'Culture stations of one grade in a region subtree. 各等级文化站数量。' })
export class CultureGradeCount {
  @Field(() => CultureGrade, { description: 'The grade counted. 等级。' })
  grade!: CultureGrade;

  @Field(() => Int, { description: 'Stations. 站数。' })
  stations!: number;
}
