import type { Context } from '../context.js';

/** `Site` by id. */
export const siteReference = {
  Site: {
    __resolveReference: (ref: { id: string }, ctx: Context) => ctx.loaders.site.load(ref.id),
  },
};
