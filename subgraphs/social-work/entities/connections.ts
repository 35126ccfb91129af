import { connectionTypes } from '../../../kit/pagination.js';
import { SocialWorkStation } from './station.js';

export const SocialWorkStationConnection = connectionTypes(
  SocialWorkStation,
  'SocialWorkStation',
  'A page of social-work stations. 社工站列表。',
);
