import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Region is owned by facilities; practice only adds its units to it, by code. */
@ObjectType('Region', {
  description: 'An administrative division (owned by facilities); this department adds its practice units to it. 行政区划。',
})
@Directive('@key(fields: "code")')
export class Region {
  @Field(() => ID, { description: 'Division code. 区划代码。' })
  code!: string;
}
