import { Arg, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { badInput } from '../../../kit/errors.js';
import type { Context } from '../context.js';
import { Region } from '../entities/region.js';
import { SpaceUtilisation } from '../entities/space-utilisation.js';
import type { Department } from '../entities/department.js';

const MONTH = /^(20\d\d)-(0[1-9]|1[0-2])$/;
const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

/** What the shared spaces of a region were used for: the analysts' utilisation figures. */
@Resolver(() => Region)
export class RegionUtilisationResolver {
  @Authorized('aggregate')
  @FieldResolver(() => [SpaceUtilisation], {
    nullable: true,
    description:
      'Utilisation of the shared spaces in this region and below in a month, one row per managing department (summed in SQL, four statements for all regions asked). Opening hours are today’s rules. 共享空间使用率。',
  })
  spaceUtilisation(
    @Root() region: Region,
    @Arg('month', () => String, { description: 'The month, YYYY-MM (local). 月份。' }) month: string,
    @Ctx() ctx: Context,
  ) {
    if (!MONTH.test(month)) throw badInput('month', 'a month as YYYY-MM, 2000-01 to 2099-12', month);
    return ctx.loaders
      .utilisation(month)
      .load(region.code)
      .then((rows) =>
        rows.map(
          (r): SpaceUtilisation => ({
            department: r.department as Department,
            sharedSpaces: r.sharedSpaces,
            openHours: hours(r.openMinutes),
            bookedHours: hours(r.bookedMinutes),
            bookedByOtherDepartmentsHours: hours(r.bookedByOthersMinutes),
            rate: r.openMinutes > 0 ? Math.round((r.bookedMinutes / r.openMinutes) * 10_000) / 10_000 : null,
          }),
        ),
      );
  }
}
