import { PublicError } from '../../kit/errors.js';

/** Facilities' own error codes, each with the one factory that makes it (masking trusts PublicError). */
export const BookingErrorCode = {
  /** The space is held at that time, or too few units of the equipment are free. */
  BOOKING_CONFLICT: 'BOOKING_CONFLICT',
  /** The request breaks the sharing rule of the space (the reason is in the message). */
  BOOKING_NOT_ALLOWED: 'BOOKING_NOT_ALLOWED',
  /** The booking is not in a state that allows this move (approve a rejected one, …). */
  BOOKING_STATE_CONFLICT: 'BOOKING_STATE_CONFLICT',
  /** An idempotency key sent again for another request. */
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
} as const;

/** An overlapping live booking of the space holds [startsAt, endsAt). */
export function bookingConflict(startsAt: Date, endsAt: Date): PublicError {
  const conflict = { startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() };
  return new PublicError(
    BookingErrorCode.BOOKING_CONFLICT,
    `The space is already booked from ${conflict.startsAt} to ${conflict.endsAt}.`,
    {
      conflict,
    },
  );
}

/** Fewer units of a piece of equipment are free over the window than were asked for. */
export function equipmentShortage(
  e: { id: string; name: string },
  requested: number,
  available: number,
  from: Date,
  to: Date,
): PublicError {
  return new PublicError(
    BookingErrorCode.BOOKING_CONFLICT,
    `Only ${available} of the requested ${requested} "${e.name}" (${e.id}) are free from ${from.toISOString()} to ${to.toISOString()}.`,
    { equipment: { id: e.id, requested, available } },
  );
}

/** The request breaks the space's rules; `why` says how. */
export function bookingNotAllowed(why: string): PublicError {
  return new PublicError(BookingErrorCode.BOOKING_NOT_ALLOWED, `This request breaks the space's rules: ${why}.`);
}

/** A request that can no longer be approved (its time has begun, or the rule changed since). */
/** Four eyes: the officer who asked for a booking cannot approve it too. */
export function selfApprovalRefused(): PublicError {
  return new PublicError(
    BookingErrorCode.BOOKING_NOT_ALLOWED,
    'You asked for this booking, so another officer of the managing department must approve it.',
  );
}

export function approvalNotAllowed(why: string): PublicError {
  return new PublicError(BookingErrorCode.BOOKING_NOT_ALLOWED, `This request can no longer be approved: ${why}.`);
}

const PAST = { approve: 'approved', reject: 'rejected', cancel: 'cancelled' } as const;

/** The booking's status does not allow the move. */
export function bookingStateConflict(status: string, action: keyof typeof PAST): PublicError {
  return new PublicError(BookingErrorCode.BOOKING_STATE_CONFLICT, `A ${status.toLowerCase()} booking cannot be ${PAST[action]}.`, {
    status,
  });
}

/** The idempotency key made another booking, for another space or time. */
export function idempotencyKeyReused(key: string, bookingId: string): PublicError {
  return new PublicError(
    BookingErrorCode.IDEMPOTENCY_KEY_REUSED,
    `idempotencyKey "${key}" was used for another request (booking ${bookingId}); choose a new key.`,
    { bookingId },
  );
}
