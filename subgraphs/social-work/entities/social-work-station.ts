import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum StationStatus {
  PLANNED = 'PLANNED',
  BUILDING = 'BUILDING',
  OPERATING = 'OPERATING',
}
registerEnumType(StationStatus, {
  name: 'StationStatus',
  description: 'Where a social-work station stands in its construction. 社工站建设状态。',
  valuesConfig: {
    PLANNED: { description: '计划建设' },
    BUILDING: { description: '建设中' },
    OPERATING: { description: '已运营' },
  },
});

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

  @Field(() => Int, { nullable: true, description: 'Year the station was built; null while planned. 建成年份。' })
  establishedYear!: number | null;

  @Field(() => String, { description: 'Organisation that runs the station. 运营机构。' })
  operatorName!: string;

  regionCode!: string;
}
