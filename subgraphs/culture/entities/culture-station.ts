import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

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

  regionCode!: string;
}
