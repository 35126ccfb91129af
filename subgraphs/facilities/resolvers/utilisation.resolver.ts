import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Guarded } from '../../../kit/access.js';
import { badInput } from '../../../kit/errors.js';
import { YEAR_MONTH } from '../../../kit/scalars.js';
import type { Context } from '../context.js';
import { Region } from '../entities/region.js';
import { SpaceUtilisation } from '../entities/space-utilisation.js';
import type { Department } from '../entities/department.js';

const IN_RANGE = /^20\d\d-/;
const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

/** What the shared spaces of a region were used for: the analysts' utilisation figures. */
@Resolver(() => Region)
export class RegionUtilisationResolver {
  @Guarded('aggregate')
  @FieldResolver(() => [SpaceUtilisation], {
    nullable: true,
    description:
      'Utilisation of the shared spaces in this region and below in a month, one row per managing department (summed in SQL, four statements for all regions asked). Opening hours are today’s rules. 共享空间使用率。',
  })
  spaceUtilisation(
    @Root() region: Region,
    @Arg('month', () => YEAR_MONTH.scalar, { description: 'The month (2000-01 to 2099-12). 月份。' }) month: string,
    @Ctx() ctx: Context,
  ) {
    if (!IN_RANGE.test(month)) throw badInput('month', 'a month as YYYY-MM, 2000-01 to 2099-12', month);
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
