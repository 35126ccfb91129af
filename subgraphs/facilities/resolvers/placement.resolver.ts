import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { canWrite } from '../../../kit/access.js';
import { type Department, VENUE_DEPARTMENTS } from '../../../kit/departments.js';
import { checkImportFile } from '../../../kit/imports/engine.js';
import { asBadInput, publicRefusals } from '../../../kit/imports/import.resolver.js';
import { badInput, forbidden } from '../../../kit/errors.js';
import type { Context } from '../context.js';
import { PlaceVenuesInput } from '../entities/place-venues-input.js';
import { PlaceVenuesResult } from '../entities/place-venues-result.js';

/** Which department keeps a venue type (the GraphQL enum guarantees a known one). */
const DEPT_OF_VENUE_TYPE = new Map<string, Department>(VENUE_DEPARTMENTS.map((d) => [d.venueType, d.dept]));

/** At most this many venues in one request (a province's stations are 1,393). */
const MAX_VENUES = 5000;

@Resolver()
export class PlacementResolver {
  @Mutation(() => PlaceVenuesResult, {
    nullable: true,
    description:
      "Hang imported venues' plaques at sites by their addresses: a site of the venue's township at the same address, else a new one (address only, no coordinates); `npm run import` calls it after a department's import. Who may call: staff and admins; each venue only by its department's staff within their region, or an admin. 按地址登记挂牌场地。",
  })
  async placeVenues(
    @Arg('input', () => PlaceVenuesInput, { description: 'The venues and their addresses. 场所及地址。' }) input: PlaceVenuesInput,
    @Ctx() ctx: Context,
  ): Promise<PlaceVenuesResult> {
    const { identity } = ctx;
    if (identity.role !== 'staff' && identity.role !== 'admin')
      throw forbidden('Only staff and admins may place venues: sign in with a staff token.');
    if (input.venues.length > MAX_VENUES) throw badInput('input.venues', `at most ${MAX_VENUES} venues`, input.venues.length);
    await asBadInput(() => checkImportFile(input.fileName, input.fileSha256));
    const result = await ctx.data.placeVenues(input, {
      identity,
      requestId: ctx.requestId,
      mayPlace: (venueType, township) => canWrite(identity, DEPT_OF_VENUE_TYPE.get(venueType)!, township),
    });
    return { ...result, refusals: publicRefusals(result.refusals) };
  }
}
