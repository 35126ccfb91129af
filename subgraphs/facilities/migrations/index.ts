import type { Migration } from '../../../kit/db.js';
import { auditLogMigration } from '../../../kit/audit.js';
import { initial } from './001-initial.js';
import { sharingRules } from './002-sharing-rules.js';

/** Applied in this order; never edit one that has shipped, add the next. */
export const migrations: readonly Migration[] = [initial, sharingRules, auditLogMigration];
