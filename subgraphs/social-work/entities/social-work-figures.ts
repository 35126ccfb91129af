import { CERTIFIED_STAFF_TARGET } from '../domain/targets.js';
import { SAFE_INT } from '../../../kit/scalars.js';
import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType('SocialWorkFigures', {
  description: 'Social-work figures of a region subtree, computed with GROUP BY in SQL. 社工站统计。',
})
export class SocialWorkFigures {
  @Field(() => Int, { description: 'Stations. 社工站数。' })
  stations!: number;

  @Field(() => Int, { description: 'Stations completed in the requested year. 当年新建成数。' })
  stationsEstablishedInYear!: number;

  @Field(() => Int, { description: 'Staff. 工作人员数。' })
  staff!: number;

  @Field(() => Int, { description: 'Certified staff. 持证人数。' })
  certifiedStaff!: number;

  @Field(() => Int, {
    description: `Stations with fewer certified staff than the target of ${CERTIFIED_STAFF_TARGET}. 持证人数未达标的站数。`,
  })
  stationsBelowStaffTarget!: number;

  @Field(() => SAFE_INT.scalar, { description: 'Funding in fen. 投入资金（分）。' })
  fundingFen!: number;

  @Field(() => Float, { description: 'Funding in yuan. 投入资金（元）。' })
  fundingYuan!: number;
}
