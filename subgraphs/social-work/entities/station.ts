import { LocalDateResolver } from 'graphql-scalars';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { StationStatus } from './station-status.js';

@ObjectType('SocialWorkStation', {
  description: 'A township (subdistrict) social-work station, kept by the Civil Affairs department. 乡镇（街道）社会工作站（民政部门）。',
})
@Directive('@key(fields: "id")')
export class SocialWorkStation {
  @Field(() => ID, { description: 'Venue id, sw-<township code>. 编号。' })
  id!: string;

  @Field(() => String, { description: 'Name. 名称。' })
  name!: string;

  @Field(() => StationStatus, { description: 'Construction status. 建设状态。' })
  status!: StationStatus;

  @Field(() => Int, { description: 'Year the station was completed. 建成年份。' })
  establishedYear!: number;

  @Field(() => LocalDateResolver, { description: 'Date of completion. 建成日期。' })
  completedOn!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date it passed acceptance; null until then. 验收日期。' })
  acceptedOn!: string | null;

  regionCode!: string;
  operatorId!: string;
}
