import { LOCAL_DATE } from '../../../kit/scalars.js';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { StationStatus } from './station-status.js';

@ObjectType('SocialWorkStation', {
  description: 'A township (subdistrict) social-work station, kept by the Civil Affairs department. 乡镇（街道）社会工作站（民政部门）。',
})
@Directive('@key(fields: "id")')
export class SocialWorkStation {
  @Field(() => ID, { description: 'Venue id, sw-<township code>. 编号。' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Name. 名称。' })
  name!: string;

  @Field(() => StationStatus, { nullable: true, description: 'Construction status. 建设状态。' })
  status!: StationStatus;

  @Field(() => Int, { nullable: true, description: 'Year the station was completed. 建成年份。' })
  establishedYear!: number;

  @Field(() => LOCAL_DATE.scalar, { nullable: true, description: 'Date of completion. 建成日期。' })
  completedOn!: string;

  @Field(() => LOCAL_DATE.scalar, { nullable: true, description: 'Date it passed acceptance; null until then. 验收日期。' })
  acceptedOn!: string | null;

  @Field(() => String, { nullable: true, description: "The address of its building, as the county's list gives it. 具体地址。" })
  address!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Progress as a percentage, when the list gives one (100 when completed). 建设进度（百分比）。',
  })
  progressPercent!: number | null;

  regionCode!: string;
  operatorId!: string;
  leaderName!: string | null;
  leaderPhone!: string | null;
  allottedFen!: number | null;
}
