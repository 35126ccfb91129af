import { Space } from './space.js';
import { Field, Float, ObjectType } from 'type-graphql';

@ObjectType('SpaceMatch', { description: 'A space free for the whole window, and how far it is. 符合条件的空间。' })
export class SpaceMatch {
  @Field(() => String, { description: 'Opaque cursor of this item. 游标。' })
  cursor!: string;

  @Field(() => Space, { description: 'The space. 空间。' })
  node!: Space;

  @Field(() => Float, {
    nullable: true,
    description: 'Great-circle distance from `near`, km (metre precision); null without `near`. 距离（公里）。',
  })
  distanceKm!: number | null;
}
