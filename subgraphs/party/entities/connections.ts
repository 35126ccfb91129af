import { connectionTypes } from '../../../kit/pagination.js';
import { PartyServiceCentre } from './party-service-centre.js';

export const PartyServiceCentreConnection = connectionTypes(PartyServiceCentre, 'PartyServiceCentre', 'A page of Party-member service centres. 党群服务中心列表。');
