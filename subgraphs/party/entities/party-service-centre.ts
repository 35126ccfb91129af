import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';

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

  @Field(() => String, { description: 'Opening hours as published. 开放时间。' })
  openingHours!: string;

  regionCode!: string;
}
