import { Directive, Field, Float, ID, ObjectType } from 'type-graphql';
import { PartyCentreLevel } from './party-centre-level.js';
import { PartyFunction } from './party-function.js';

@ObjectType('PartyServiceCentre', {
  description: 'A Party-member service centre, kept by the Organization Department. 党群服务中心（组织部门）。',
})
@Directive('@key(fields: "id")')
export class PartyServiceCentre {
  @Field(() => ID, { description: 'Venue id, party-<region code>. 编号。' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Name. 名称。' })
  name!: string;

  @Field(() => PartyCentreLevel, { nullable: true, description: 'Level. 层级。' })
  level!: PartyCentreLevel;

  @Field(() => [PartyFunction], { nullable: true, description: 'Functions offered. 服务功能。' })
  functions!: PartyFunction[];

  @Field(() => Float, { nullable: true, description: 'Floor area of its service hall in square metres. 服务大厅面积（平方米）。' })
  serviceHallM2!: number;

  @Field(() => String, { nullable: true, description: 'Opening hours as published. 开放时间。' })
  openingHours!: string;

  regionCode!: string;
}
