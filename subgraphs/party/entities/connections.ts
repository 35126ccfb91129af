import { connectionTypes } from '../../../kit/pagination.js';
import { PartyActivity } from './party-activity.js';
import { PartyServiceCentre } from './party-service-centre.js';

export const PartyServiceCentreConnection = connectionTypes(
  PartyServiceCentre,
  'PartyServiceCentre',
  'A page of Party-member service centres. 党群服务中心列表。',
);
export const PartyActivityConnection = connectionTypes(PartyActivity, 'PartyActivity', 'A page of activities, by id. 活动列表。');
