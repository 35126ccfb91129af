import type { Migration } from '../../../kit/db.js';
import { auditLogMigration } from '../../../kit/audit.js';
import { importLogMigration } from '../../../kit/imports/log.js';
import { sitesWithoutCoordinates } from './005-sites-without-coordinates.js';
import { initial } from './001-initial.js';
import { sharingRules } from './002-sharing-rules.js';
import { bookings } from './003-bookings.js';
import { bookingDetails } from './004-booking-details.js';
import { bookingLimits } from './006-booking-limits.js';

/** Applied in this order; never edit one that has shipped, add the next. */
export const migrations: readonly Migration[] = [
  initial,
  sharingRules,
  bookings,
  auditLogMigration,
  bookingDetails,
  importLogMigration,
  sitesWithoutCoordinates,
  bookingLimits,
];
