import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Region is owned by facilities; party only adds its centres to it, by code. */
@ObjectType('Region')
@Directive('@key(fields: "code")')
export class Region {
  @Field(() => ID)
  code!: string;
}
