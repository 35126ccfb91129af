import { connectionTypes } from '../../../kit/pagination.js';
import { CultureActivity } from './culture-activity.js';
import { CultureStation } from './culture-station.js';

export const CultureStationConnection = connectionTypes(CultureStation, 'CultureStation', 'A page of culture stations. 文化站列表。');
export const CultureActivityConnection = connectionTypes(
  CultureActivity,
  'CultureActivity',
  'A page of culture activities, by id. 文化活动列表。',
);
