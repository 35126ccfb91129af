import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Region is owned by facilities; social work only adds its stations to it, by code. */
@ObjectType('Region')
@Directive('@key(fields: "code")')
export class Region {
  @Field(() => ID)
  code!: string;
}
