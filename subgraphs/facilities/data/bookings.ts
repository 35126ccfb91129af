import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { Database, Knex } from '../../../kit/db.js';
import type { Booking } from '../entities/booking.js';
import { LIVE_STATUSES, type BookingStatus } from '../domain/booking-rules.js';

/** Facilities' bookings: the only SQL about them. */

const COLUMNS = [
  'id', 'space_id as spaceId', 'starts_at as startsAt', 'ends_at as endsAt', 'status', 'purpose', 'attendees',
  'requester_dept as requesterDepartment', 'requester_sub as requesterSub', 'contact',
];

type Row = Omit<Booking, 'startsAt' | 'endsAt'> & { startsAt: string | Date; endsAt: string | Date };
const toBooking = (r: Row): Booking => ({ ...r, startsAt: new Date(r.startsAt), endsAt: new Date(r.endsAt) });

export async function bookingsByIds(knex: Knex, ids: readonly string[]): Promise<Booking[]> {
  return ((await knex('bookings').select(COLUMNS).whereIn('id', ids)) as Row[]).map(toBooking);
}

export async function bookingByKey(knex: Knex, requesterSub: string, key: string): Promise<Booking | null> {
  const row = (await knex('bookings').select(COLUMNS).where({ requester_sub: requesterSub, idempotency_key: key }).first()) as Row | undefined;
  return row ? toBooking(row) : null;
}

/** Approved bookings of each space overlapping [from, to), by start. */
export async function approvedBetween(knex: Knex, spaceIds: readonly string[], from: Date, to: Date): Promise<Booking[]> {
  const rows = (await knex('bookings').select(COLUMNS).whereIn('space_id', spaceIds).where('status', 'APPROVED')
    .where('starts_at', '<', to.toISOString()).where('ends_at', '>', from.toISOString()).orderBy(['space_id', 'starts_at'])) as Row[];
  return rows.map(toBooking);
}

export function bookingConflict(startsAt: Date, endsAt: Date): GraphQLError {
  return new GraphQLError(`The space is already booked from ${startsAt.toISOString()} to ${endsAt.toISOString()}.`, {
    extensions: { code: 'BOOKING_CONFLICT', conflict: { startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() } },
  });
}

export interface NewBooking {
  spaceId: string;
  startsAt: Date;
  endsAt: Date;
  status: BookingStatus;
  requesterSub: string;
  requesterDept: string | null;
  purpose: string;
  attendees: number;
  contact: string;
  idempotencyKey: string;
}

/**
 * Inserts a booking unless a live one overlaps it. SQLite: the INSERT comes first inside the
 * transaction, so it holds the database's write lock while the overlap is checked (nobody can slip in
 * between); PostgreSQL: the exclusion constraint refuses the overlap (SQLSTATE 23P01).
 */
export async function insertBooking(db: Database, b: NewBooking): Promise<Booking> {
  const id = randomUUID();
  const overlapping = (q: Knex | Knex.Transaction) =>
    q('bookings').select('starts_at as startsAt', 'ends_at as endsAt').where('space_id', b.spaceId).whereIn('status', LIVE_STATUSES as string[])
      .whereNot('id', id).where('starts_at', '<', b.endsAt.toISOString()).where('ends_at', '>', b.startsAt.toISOString()).first();
  try {
    await db.knex.transaction(async (trx) => {
      await trx('bookings').insert({
        id, space_id: b.spaceId, starts_at: b.startsAt.toISOString(), ends_at: b.endsAt.toISOString(), status: b.status,
        requester_sub: b.requesterSub, requester_dept: b.requesterDept, purpose: b.purpose, attendees: b.attendees,
        contact: b.contact, idempotency_key: b.idempotencyKey, created_at: new Date().toISOString(),
      });
      if (db.dialect === 'sqlite') {
        const clash = (await overlapping(trx)) as { startsAt: string; endsAt: string } | undefined;
        if (clash) throw bookingConflict(new Date(clash.startsAt), new Date(clash.endsAt));
      }
    });
  } catch (err) {
    if ((err as { code?: string }).code === '23P01') {
      const clash = (await overlapping(db.knex)) as { startsAt: string | Date; endsAt: string | Date } | undefined;
      throw bookingConflict(new Date(clash?.startsAt ?? b.startsAt), new Date(clash?.endsAt ?? b.endsAt));
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
