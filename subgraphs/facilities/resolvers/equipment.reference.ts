import type { Context } from '../context.js';

/** `Equipment` by id. */
export const equipmentReference = {
  Equipment: {
    __resolveReference: (ref: { id: string }, ctx: Context) => ctx.loaders.equipment.load(ref.id),
  },
};
