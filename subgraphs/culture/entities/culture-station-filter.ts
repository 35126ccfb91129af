import { ArgsType, Field } from 'type-graphql';
import { CultureGrade } from './culture-grade.js';

/** The filters of the culture-station list, besides its region. */
@ArgsType()
export class CultureStationFilter {
  @Field(() => CultureGrade, { nullable: true, description: 'Only this grade. 等级。' })
  grade?: CultureGrade | null;
}
