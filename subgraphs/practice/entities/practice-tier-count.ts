import { Field, Int, ObjectType } from 'type-graphql';
import { PracticeTier } from './practice-tier.js';

@ObjectType('PracticeTierCount', { description: 'Practice units of one tier in a region subtree. 各层级实践阵地数量。' })
export class PracticeTierCount {
  @Field(() => PracticeTier, { description: 'The tier counted. 层级。' })
  tier!: PracticeTier;

  @Field(() => Int, { description: 'Units. 数量。' })
  units!: number;
}
