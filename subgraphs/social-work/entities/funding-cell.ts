import { FundingSource } from './funding-source.js';
import { SAFE_INT } from '../../../kit/scalars.js';
import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType('FundingCell', { description: 'Funding of one year from one source. 某年某来源资金。' })
export class FundingCell {
  @Field(() => Int, { description: 'Year. 年度。' })
  year!: number;

  @Field(() => FundingSource, { description: 'Where the money came from. 资金来源。' })
  source!: FundingSource;

  @Field(() => SAFE_INT.scalar, { description: 'Amount in fen (1/100 yuan), exact. 金额（分）。' })
  amountFen!: number;

  @Field(() => Float, { description: 'Amount in yuan. 金额（元）。' })
  amountYuan!: number;
}
