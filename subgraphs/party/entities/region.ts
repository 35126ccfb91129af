import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Region is owned by facilities; party only adds its centres to it, by code. */
@ObjectType('Region', {
  description: 'An administrative division (owned by facilities); this department adds its Party-member service centres to it. 行政区划。',
})
@Directive('@key(fields: "code")')
export class Region {
  @Field(() => ID, { description: 'Division code. 区划代码。' })
  code!: string;
}
