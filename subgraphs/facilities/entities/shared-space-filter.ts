import { SpaceKind } from './space-kind.js';
import { VenueType } from './venue-type.js';
import { Field, InputType } from 'type-graphql';

@InputType('SharedSpaceFilter', {
  description: 'A shareable room of a kind, in a building where a type of venue hangs its plaque. 可共享空间条件。',
})
export class SharedSpaceFilter {
  @Field(() => SpaceKind, { description: 'Kind of room. 空间类型。' })
  kind!: SpaceKind;

  @Field(() => VenueType, { nullable: true, description: 'Only in a building that hosts this type of venue. 所在场地挂牌的场所类型。' })
  atVenue?: VenueType | null;
}
