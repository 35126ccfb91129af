import { VenueType } from './venue-type.js';
import { Field, InputType } from 'type-graphql';
import { SharedSpaceFilter } from './shared-space-filter.js';

@InputType('RegionFilter', {
  description:
    'Conditions on what a region holds, read from the plaque registry and the rooms; all given conditions must hold. Needs `level`. 区划筛选条件。',
})
export class RegionFilter {
  @Field(() => VenueType, { nullable: true, description: 'Holds at least one venue of this type. 有此类场所。' })
  withVenue?: VenueType | null;

  @Field(() => VenueType, { nullable: true, description: 'Holds no venue of this type. 无此类场所。' })
  withoutVenue?: VenueType | null;

  @Field(() => SharedSpaceFilter, { nullable: true, description: 'Holds such a shareable room. 有此类可共享空间。' })
  withSharedSpace?: SharedSpaceFilter | null;
}
