import { connectionTypes } from '../../../kit/pagination.js';
import { CultureStation } from './culture-station.js';

export const CultureStationConnection = connectionTypes(CultureStation, 'CultureStation', 'A page of culture stations. 文化站列表。');
