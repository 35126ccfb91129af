import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';

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
