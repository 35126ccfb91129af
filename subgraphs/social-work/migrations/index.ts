import type { Migration } from '../../../kit/db.js';
import { auditLogMigration } from '../../../kit/audit.js';
import { importLogMigration } from '../../../kit/imports/log.js';
import { initial } from './001-initial.js';
import { stationList } from './002-station-list.js';

/** Applied in this order; never edit one that has shipped, add the next. */
export const migrations: readonly Migration[] = [initial, auditLogMigration, importLogMigration, stationList];
