import { ArgsType, Field } from 'type-graphql';
import { PartyCentreLevel } from './party-centre-level.js';

/** The filters of the centre list, besides its region. */
@ArgsType()
export class PartyServiceCentreFilter {
  @Field(() => PartyCentreLevel, { nullable: true, description: 'Only this level. 层级。' })
  level?: PartyCentreLevel | null;
}
