import { SAFE_INT } from '../../../kit/scalars.js';
import { Field, Float, ObjectType } from 'type-graphql';
import { FundingCell } from './funding-cell.js';

@ObjectType('FundingSummary', { description: 'Funding of a station, summed in SQL. 经费情况。' })
export class FundingSummary {
  @Field(() => SAFE_INT.scalar, { description: 'All funding in fen. 合计（分）。' })
  totalFen!: number;

  @Field(() => Float, { description: 'All funding in yuan. 合计（元）。' })
  totalYuan!: number;

  @Field(() => [FundingCell], { description: 'By year and source, by year then source. 按年度、来源。' })
  byYearAndSource!: FundingCell[];
}
