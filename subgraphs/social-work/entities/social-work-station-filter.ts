import { ArgsType, Field, Int } from 'type-graphql';
import { CERTIFIED_STAFF_TARGET } from '../domain/targets.js';
import { StationStatus } from './station-status.js';

/** The filters of the station list, besides its region. */
@ArgsType()
export class SocialWorkStationFilter {
  @Field(() => StationStatus, { nullable: true, description: 'Only this status. 建设状态。' })
  status?: StationStatus | null;

  @Field(() => Int, { nullable: true, description: 'Only stations completed in this year. 建成年份。' })
  establishedYear?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `Only stations with fewer certified staff than this; ${CERTIFIED_STAFF_TARGET} finds those below the provincial target. Who may use it: as who may read SocialWorkStation.staffSummary, for the whole region asked. 持证人数少于。`,
  })
  certifiedStaffBelow?: number | null;
}
