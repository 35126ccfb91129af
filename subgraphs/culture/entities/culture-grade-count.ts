import { Field, Int, ObjectType } from 'type-graphql';
import { CultureGrade } from './culture-grade.js';

@ObjectType('CultureGradeCount', { description: 'Culture stations of one grade in a region subtree. 各等级文化站数量。' })
export class CultureGradeCount {
  @Field(() => CultureGrade, { description: 'The grade counted. 等级。' })
  grade!: CultureGrade;

  @Field(() => Int, { description: 'Stations. 站数。' })
  stations!: number;
}
