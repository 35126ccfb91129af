import type { Context } from '../context.js';

/** `Booking` by id. */
export const bookingReference = {
  Booking: {
    __resolveReference: (ref: { id: string }, ctx: Context) => ctx.loaders.booking.load(ref.id),
  },
};
