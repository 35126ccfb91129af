import { connectionTypes } from '../../../kit/pagination.js';
import { Booking } from './booking.js';
import { Region } from './region.js';
import { Site } from './site.js';
import { Venue } from './venue.js';

export const RegionConnection = connectionTypes(Region, 'Region', 'A page of regions. 区划列表。');
export const SiteConnection = connectionTypes(Site, 'Site', 'A page of sites. 场地列表。');
export const VenueConnection = connectionTypes(Venue, 'Venue', 'A page of venues of all departments. 场所列表。');
export const BookingConnection = connectionTypes(Booking, 'Booking', 'A page of bookings. 预约列表。');
