import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Guarded } from '../../../kit/access.js';
import { CultureGrade } from './culture-grade.js';

@ObjectType('CultureStation', {
  description: 'A township comprehensive culture station, kept by the Culture & Tourism department. 乡镇综合文化站（文化和旅游部门）。',
})
@Directive('@key(fields: "id")')
export class CultureStation {
  @Field(() => ID, { description: 'Venue id, culture-<township code>. 编号。' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Name. 名称。' })
  name!: string;

  @Field(() => CultureGrade, { nullable: true, description: 'Assessment grade. 等级。' })
  grade!: CultureGrade;

  @Field(() => Float, { nullable: true, description: 'Building area in square metres. 建筑面积（平方米）。' })
  buildingAreaM2!: number;

  @Field(() => Int, { nullable: true, description: 'Opening hours per week. 每周开放时长（小时）。' })
  weeklyOpenHours!: number;

  @Field(() => Int, { nullable: true, description: 'Days open per year. 年开放天数。' })
  openDaysPerYear!: number;

  @Guarded('department')
  @Field(() => Int, { nullable: true, description: 'Full-time staff. 专职人员。' })
  fullTimeStaff!: number;

  @Guarded('department')
  @Field(() => Int, { nullable: true, description: 'Part-time staff. 兼职人员。' })
  partTimeStaff!: number;

  @Guarded('department')
  @Field(() => String, { nullable: true, description: 'The unit that guides its work, usually the county culture centre. 业务指导单位。' })
  guidingUnit!: string;

  regionCode!: string;
}
