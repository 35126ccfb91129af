import type { Context } from '../context.js';

/** `Region` by code, for the departments that add fields to it. */
export const regionReference = {
  Region: {
    __resolveReference: (ref: { code: string }, ctx: Context) => ctx.loaders.region.load(ref.code),
  },
};
