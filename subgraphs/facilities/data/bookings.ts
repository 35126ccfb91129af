import { randomUUID } from 'node:crypto';
import type { Database, Knex } from '../../../kit/db.js';
import { keysetPage, prefixRange } from '../../../kit/sql-pages.js';
import type { Booking } from '../entities/booking.js';
import type { SharingRule } from '../entities/sharing-rule.js';
import { LIVE_STATUSES, quotaViolation, type BookingStatus } from '../domain/booking-rules.js';
import { peakUse, type Reservation } from '../domain/availability.js';
import { bookingConflict, bookingNotAllowed, equipmentShortage } from '../errors.js';
import { BOOKING_EQUIPMENT, BOOKINGS } from './columns.js';

/** Facilities' bookings: the only SQL about them. */

const COLUMNS = [
  'id',
  'space_id as spaceId',
  'starts_at as startsAt',
  'ends_at as endsAt',
  'status',
  'purpose',
  'attendees',
  'requester_dept as requesterDepartment',
  'requester_sub as requesterSub',
  'contact',
];

type Row = Omit<Booking, 'startsAt' | 'endsAt'> & { startsAt: string | Date; endsAt: string | Date };
const toBooking = (r: Row): Booking => ({ ...r, startsAt: new Date(r.startsAt), endsAt: new Date(r.endsAt) });

/**
 * Requests waiting for a decision, of the spaces (or equipment) a department manages within a region
 * subtree (every department's when `dept` is null), by start then id; one statement per page.
 */
export async function requestsToDecide(
  knex: Knex,
  q: { dept: string | null; regionPrefix: string; first: number; after: { startsAt: string; id: string } | null },
): Promise<{ rows: Booking[]; hasNextPage: boolean; totalCount: number }> {
  const range = prefixRange('sites.region_code', q.regionPrefix);
  // The space a booking belongs to: its own, or for equipment alone the space that keeps the equipment.
  const matches = knex('bookings')
    .joinRaw(`JOIN spaces ON spaces.id = COALESCE(bookings.space_id, (SELECT equipment.space_id FROM booking_equipment
      JOIN equipment ON equipment.id = booking_equipment.equipment_id WHERE booking_equipment.booking_id = bookings.id
      ORDER BY booking_equipment.equipment_id LIMIT 1))`)
    .join('sites', 'sites.id', 'spaces.site_id')
    .join('sharing_rules', 'sharing_rules.space_id', 'spaces.id')
    .where('bookings.status', 'REQUESTED')
    .whereRaw(range.sql, range.bindings)
    .select(COLUMNS.map((c) => `bookings.${c}`));
  if (q.dept) matches.where('sharing_rules.managing_dept', q.dept);
  const page = await keysetPage<Row>(knex, {
    matches,
    orderBy: ['startsAt', 'id'],
    after: q.after ? [q.after.startsAt, q.after.id] : null,
    first: q.first,
  });
  return { ...page, rows: page.rows.map(toBooking) };
}

/** A requester's own bookings in some statuses, by start then id; one statement per page. */
export async function bookingsOf(
  knex: Knex,
  q: { requesterSub: string; statuses: readonly BookingStatus[]; first: number; after: { startsAt: string; id: string } | null },
): Promise<{ rows: Booking[]; hasNextPage: boolean; totalCount: number }> {
  const matches = knex('bookings').select(COLUMNS).where('requester_sub', q.requesterSub).whereIn('status', q.statuses);
  const page = await keysetPage<Row>(knex, {
    matches,
    orderBy: ['startsAt', 'id'],
    after: q.after ? [q.after.startsAt, q.after.id] : null,
    first: q.first,
  });
  return { ...page, rows: page.rows.map(toBooking) };
}

export async function bookingsByIds(knex: Knex, ids: readonly string[]): Promise<Booking[]> {
  return ((await knex('bookings').select(COLUMNS).whereIn('id', ids)) as Row[]).map(toBooking);
}

export async function bookingByKey(knex: Knex, requesterSub: string, key: string): Promise<Booking | null> {
  const row = (await knex('bookings').select(COLUMNS).where({ requester_sub: requesterSub, idempotency_key: key }).first()) as
    | Row
    | undefined;
  return row ? toBooking(row) : null;
}

/** Bookings of each space in the given statuses overlapping [from, to), by space and start. */
export async function bookingsBetween(
  knex: Knex,
  spaceIds: readonly string[],
  from: Date,
  to: Date,
  statuses: readonly BookingStatus[],
): Promise<Booking[]> {
  const rows = (await knex('bookings')
    .select(COLUMNS)
    .whereIn('space_id', spaceIds)
    .whereIn('status', statuses)
    .where('starts_at', '<', to.toISOString())
    .where('ends_at', '>', from.toISOString())
    .orderBy(['space_id', 'starts_at'])) as Row[];
  return rows.map(toBooking);
}

export interface EquipmentLine {
  bookingId: string;
  equipmentId: string;
  quantity: number;
}

/** The equipment each booking holds. */
export async function equipmentOfBookings(knex: Knex, bookingIds: readonly string[]): Promise<EquipmentLine[]> {
  return (
    await knex('booking_equipment')
      .select(BOOKING_EQUIPMENT.select)
      .whereIn('booking_id', bookingIds)
      .orderBy(['booking_id', 'equipment_id'])
  ).map((l: EquipmentLine) => ({ ...l, quantity: Number(l.quantity) }));
}

/** Live reservations of each piece of equipment overlapping [from, to), except those of one booking. */
export async function equipmentReservations(
  knex: Knex | Knex.Transaction,
  equipmentIds: readonly string[],
  from: Date,
  to: Date,
  exceptBooking: string | null = null,
): Promise<(Reservation & { equipmentId: string })[]> {
  const q = knex('booking_equipment')
    .join('bookings', 'bookings.id', 'booking_equipment.booking_id')
    .select(
      'booking_equipment.equipment_id as equipmentId',
      'booking_equipment.quantity',
      'bookings.starts_at as startsAt',
      'bookings.ends_at as endsAt',
    )
    .whereIn('booking_equipment.equipment_id', equipmentIds)
    .whereIn('bookings.status', LIVE_STATUSES as BookingStatus[])
    .where('bookings.starts_at', '<', to.toISOString())
    .where('bookings.ends_at', '>', from.toISOString());
  if (exceptBooking) q.whereNot('bookings.id', exceptBooking);
  const rows = (await q) as { equipmentId: string; quantity: number; startsAt: string | Date; endsAt: string | Date }[];
  return rows.map((r) => ({
    equipmentId: r.equipmentId,
    quantity: Number(r.quantity),
    startsAt: new Date(r.startsAt),
    endsAt: new Date(r.endsAt),
  }));
}

/** Another request with the same idempotency key was written first (a unique key refused this one). */
export class DuplicateRequestError extends Error {
  constructor() {
    super('A booking with this idempotency key already exists.');
    this.name = 'DuplicateRequestError';
  }
}

/** SQLSTATE / SQLite codes this module translates: the rest of the subgraph knows none of them. */
const EXCLUSION_VIOLATION = '23P01';
const UNIQUE_VIOLATIONS = new Set(['23505', 'SQLITE_CONSTRAINT_UNIQUE']);

export interface NewBooking {
  /** Null for equipment booked on its own. */
  spaceId: string | null;
  startsAt: Date;
  endsAt: Date;
  status: BookingStatus;
  requesterSub: string;
  requesterDept: string | null;
  purpose: string;
  attendees: number;
  contact: string;
  idempotencyKey: string;
  /** Equipment to hold, with how many of each there are. */
  equipment: { id: string; name: string; quantity: number; requested: number }[];
  /** The space's monthly quota for the requesting department, when one applies: checked with the insert. */
  quota?: { rule: SharingRule; month: string; start: Date; end: Date } | null;
}

/** Hours the department holds (requested or approved) of the space in [start, end), this booking left out. */
async function heldHours(q: Knex, spaceId: string, dept: string, start: Date, end: Date, except: string): Promise<number> {
  const rows = (await q('bookings')
    .where({ space_id: spaceId, requester_dept: dept })
    .whereIn('status', LIVE_STATUSES as string[])
    .where('starts_at', '>=', start.toISOString())
    .where('starts_at', '<', end.toISOString())
    .whereNot('id', except)
    .select('starts_at as startsAt', 'ends_at as endsAt')) as { startsAt: string | Date; endsAt: string | Date }[];
  return rows.reduce((sum, r) => sum + (new Date(r.endsAt).getTime() - new Date(r.startsAt).getTime()) / 3600_000, 0);
}

/**
 * Inserts a booking unless a live one overlaps its space or its equipment would be over-lent.
 * Space: on SQLite the INSERT comes first inside the transaction, so it holds the database's write lock
 * while the overlap is checked (nobody can slip in between); on PostgreSQL the exclusion constraint
 * refuses the overlap (SQLSTATE 23P01). Equipment: on PostgreSQL its rows are locked (FOR UPDATE, in id
 * order) before the units in use are counted; on SQLite the write lock already serialises writers.
 * Quota: the hours the department already holds that month are counted in the same transaction (on
 * PostgreSQL after locking the space's rule row, so two requests at once cannot both fit).
 */
export async function insertBooking(db: Database, b: NewBooking): Promise<Booking> {
  const id = randomUUID();
  // Another live booking of the space overlapping this one.
  const overlapping = async (q: Knex) =>
    (await bookingsBetween(q, [b.spaceId!], b.startsAt, b.endsAt, LIVE_STATUSES)).find((x) => x.id !== id);
  const equipmentIds = b.equipment.map((e) => e.id).sort();
  try {
    await db.knex.transaction(async (trx) => {
      if (db.dialect === 'postgres' && b.quota && b.spaceId) {
        await trx('sharing_rules').select('space_id').where('space_id', b.spaceId).forUpdate();
      }
      if (db.dialect === 'postgres' && equipmentIds.length > 0) {
        await trx('equipment').select('id').whereIn('id', equipmentIds).orderBy('id').forUpdate();
      }
      await trx('bookings').insert(
        BOOKINGS.row({
          ...b,
          id,
          startsAt: b.startsAt.toISOString(),
          endsAt: b.endsAt.toISOString(),
          createdAt: new Date().toISOString(),
          decidedBy: null,
          decidedAt: null,
        }),
      );
      if (db.dialect === 'sqlite' && b.spaceId) {
        const clash = await overlapping(trx);
        if (clash) throw bookingConflict(clash.startsAt, clash.endsAt);
      }
      if (b.quota && b.spaceId && b.requesterDept) {
        const held = await heldHours(trx, b.spaceId, b.requesterDept, b.quota.start, b.quota.end, id);
        const asked = (b.endsAt.getTime() - b.startsAt.getTime()) / 3600_000;
        const why = quotaViolation(b.quota.rule, b.requesterDept, held, asked, b.quota.month);
        if (why) throw bookingNotAllowed(why);
      }
      if (equipmentIds.length > 0) {
        const held = await equipmentReservations(trx, equipmentIds, b.startsAt, b.endsAt, id);
        for (const e of b.equipment) {
          const available =
            e.quantity -
            peakUse(
              held.filter((r) => r.equipmentId === e.id),
              b.startsAt,
              b.endsAt,
            );
          if (available < e.requested) throw equipmentShortage(e, e.requested, Math.max(0, available), b.startsAt, b.endsAt);
        }
        await trx('booking_equipment').insert(
          b.equipment.map((e) => BOOKING_EQUIPMENT.row({ bookingId: id, equipmentId: e.id, quantity: e.requested })),
        );
      }
    });
  } catch (err) {
    const code = (err as { code?: string }).code ?? '';
    if (UNIQUE_VIOLATIONS.has(code)) throw new DuplicateRequestError();
    if (code === EXCLUSION_VIOLATION) {
      const clash = await overlapping(db.knex);
      throw bookingConflict(clash?.startsAt ?? b.startsAt, clash?.endsAt ?? b.endsAt);
    }
    throw err;
  }
  return (await bookingsByIds(db.knex, [id]))[0]!;
}

/** Moves a booking from one status to the next, only if it is still in the first (no lost update). */
export async function moveBooking(knex: Knex, id: string, from: BookingStatus, to: BookingStatus, by: string | null): Promise<boolean> {
  const n = await knex('bookings').where({ id, status: from }).update({ status: to, decided_by: by, decided_at: new Date().toISOString() });
  return n === 1;
}
