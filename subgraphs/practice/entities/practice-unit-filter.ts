import { ArgsType, Field } from 'type-graphql';
import { PracticeTier } from './practice-tier.js';

/** The filters of the practice-unit list, besides its region. */
@ArgsType()
export class PracticeUnitFilter {
  @Field(() => PracticeTier, { nullable: true, description: 'Only this tier. 层级。' })
  tier?: PracticeTier | null;
}
