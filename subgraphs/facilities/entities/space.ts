import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { SpaceKind } from './space-kind.js';

@ObjectType('Space', { description: 'A room or area of a site. 空间（房间、场地）。' })
@Directive('@key(fields: "id")')
export class Space {
  @Field(() => ID, { description: 'Its id. 编号。' })
  id!: string;

  @Field(() => String, { description: 'Name of the room. 名称。' })
  name!: string;

  @Field(() => SpaceKind, { description: 'What the room is for. 类型。' })
  kind!: SpaceKind;

  @Field(() => Int, { description: 'Seats or people it holds. 容纳人数。' })
  capacity!: number;

  @Field(() => Float, { description: 'Floor area in square metres. 面积（平方米）。' })
  areaM2!: number;

  @Field(() => Boolean, { description: 'Offered for use by other departments. 是否对外共享。' })
  shareable!: boolean;

  siteId!: string;
}
