import { type ClassType, Directive, Field, ID, InterfaceType, ObjectType } from 'type-graphql';
import { VENUE_DEPARTMENTS, type VenueDepartment, type VenueTypeName } from '../../../kit/departments.js';

/** A reference to a department venue: facilities knows its id and type (from the plaque registry), nothing else. */
export interface VenueRef {
  __typename: VenueTypeName;
  id: string;
}

export type { VenueTypeName };

@InterfaceType('Venue', {
  description:
    "A department's venue: its plaque hangs at a site. Facilities keeps the plaque registry; each department keeps the venue's own data. 场所（某部门挂牌的阵地）。",
  resolveType: (venue: VenueRef) => venue.__typename,
})
@Directive('@key(fields: "id")')
export abstract class Venue {
  @Field(() => ID, { description: 'Globally unique; its prefix names the department, e.g. culture-330106002. 编号。' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Name, from the owning department. 名称。' })
  name!: string;
}

// Entity-interface stubs: facilities must declare every implementation (one per line of kit/departments.ts);
// the departments own them.
function venueStub(d: VenueDepartment): ClassType {
  @ObjectType(d.venueType, {
    implements: Venue,
    description: `A department venue; facilities adds where its plaque hangs. ${d.venueLabel}。`,
  })
  @Directive('@key(fields: "id")')
  class VenueStub extends Venue {
    @Field(() => String, { nullable: true, description: 'Name, from the owning department. 名称。' })
    @Directive('@external')
    declare name: string;
  }
  return VenueStub;
}

export const VENUE_STUBS: ClassType[] = VENUE_DEPARTMENTS.map(venueStub);
