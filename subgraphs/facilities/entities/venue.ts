import { Directive, Field, ID, InterfaceType, ObjectType } from 'type-graphql';

/** A reference to a department venue: facilities knows its id and type (from the plaque registry), nothing else. */
export interface VenueRef {
  __typename: VenueTypeName;
  id: string;
}

export const VENUE_TYPE_NAMES = ['PartyServiceCentre', 'PracticeUnit', 'CultureStation', 'SocialWorkStation'] as const;
export type VenueTypeName = (typeof VENUE_TYPE_NAMES)[number];

@InterfaceType('Venue', {
  description:
    "A department's venue: its plaque hangs at a site. Facilities keeps the plaque registry; each department keeps the venue's own data. 场所（某部门挂牌的阵地）。",
  resolveType: (venue: VenueRef) => venue.__typename,
})
@Directive('@key(fields: "id")')
export abstract class Venue {
  @Field(() => ID, { description: 'Globally unique; its prefix names the department, e.g. culture-330106002. 编号。' })
  id!: string;

  @Field(() => String, { description: 'Name, from the owning department. 名称。' })
  name!: string;
}

// Entity-interface stubs: facilities must declare every implementation; the departments own them.

@ObjectType('PartyServiceCentre', {
  implements: Venue,
  description: 'A department venue; facilities adds where its plaque hangs. 党群服务中心。',
})
@Directive('@key(fields: "id")')
export class PartyServiceCentreRef extends Venue {
  @Field(() => String, { description: 'Name, from the owning department. 名称。' })
  @Directive('@external')
  declare name: string;
}

@ObjectType('PracticeUnit', {
  implements: Venue,
  description: 'A department venue; facilities adds where its plaque hangs. 新时代文明实践阵地。',
})
@Directive('@key(fields: "id")')
export class PracticeUnitRef extends Venue {
  @Field(() => String, { description: 'Name, from the owning department. 名称。' })
  @Directive('@external')
  declare name: string;
}

@ObjectType('CultureStation', {
  implements: Venue,
  description: 'A department venue; facilities adds where its plaque hangs. 综合文化站。',
})
@Directive('@key(fields: "id")')
export class CultureStationRef extends Venue {
  @Field(() => String, { description: 'Name, from the owning department. 名称。' })
  @Directive('@external')
  declare name: string;
}

@ObjectType('SocialWorkStation', {
  implements: Venue,
  description: 'A department venue; facilities adds where its plaque hangs. 社会工作站。',
})
@Directive('@key(fields: "id")')
export class SocialWorkStationRef extends Venue {
  @Field(() => String, { description: 'Name, from the owning department. 名称。' })
  @Directive('@external')
  declare name: string;
}

export const VENUE_STUBS = [PartyServiceCentreRef, PracticeUnitRef, CultureStationRef, SocialWorkStationRef];
