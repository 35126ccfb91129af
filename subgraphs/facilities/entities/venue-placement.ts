import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('VenuePlacement', { description: 'Where a venue hangs its plaque. 场所的挂牌场地。' })
export class VenuePlacement {
  @Field(() => Int, { description: "The venue's row in the imported file. 行号。" })
  row!: number;

  @Field(() => ID, { description: 'The venue. 场所编号。' })
  venueId!: string;

  @Field(() => ID, { description: 'The site. 场地编号。' })
  siteId!: string;

  @Field(() => String, {
    description:
      '`existing-site` (a site of its township at the same address), `new-site` (made for its address), `unchanged` or `moved` (its plaque was elsewhere). 结果。',
  })
  action!: string;
}
