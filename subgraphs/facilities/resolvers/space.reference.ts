import type { Context } from '../context.js';

/** `Space` by id. */
export const spaceReference = {
  Space: {
    __resolveReference: (ref: { id: string }, ctx: Context) => ctx.loaders.space.load(ref.id),
  },
};
