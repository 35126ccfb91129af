import { Field, InputType } from 'type-graphql';
import { SpaceKind } from './space-kind.js';
import { VenueType } from './venue-type.js';

@InputType('SharedSpaceFilter', {
  description: 'A shareable room of a kind, in a building where a type of venue hangs its plaque. 可共享空间条件。',
})
export class SharedSpaceFilter {
  @Field(() => SpaceKind, { description: 'Kind of room. 空间类型。' })
  kind!: SpaceKind;

  @Field(() => VenueType, { nullable: true, description: 'Only in a building that hosts this type of venue. 所在场地挂牌的场所类型。' })
  atVenue?: VenueType | null;
}

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
