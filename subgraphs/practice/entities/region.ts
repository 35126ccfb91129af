import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Region is owned by facilities; practice only adds its units to it, by code. */
@ObjectType('Region')
@Directive('@key(fields: "code")')
export class Region {
  @Field(() => ID)
  code!: string;
}
