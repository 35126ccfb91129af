import type DataLoader from 'dataloader';
import { Arg, Args, type ClassType, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { checkId, checkRegionPrefix, REGION_PREFIX_ARG } from './arguments.js';
import { type VenueDepartmentName, venueDepartment } from './departments.js';
import type { Identity } from './identity.js';
import { type Connection, type Page, PageArgs, toPage } from './pagination.js';

/**
 * What every department's venue has, written once: the venue by id, the list of venues in a region
 * subtree (with the department's own filters), the venue's `region`, the region's list of venues, and
 * the entity reference resolver. A department supplies its types, its loaders and its data access, and
 * adds its own fields in its own resolver classes (type-graphql merges resolvers of one type).
 */

/** A department venue as its data layer returns it: its id and the division it serves. */
export interface VenueRecord {
  id: string;
  regionCode: string;
}

/** The loaders and data access the scaffold needs from a department's context. */
export interface VenueContext<V extends VenueRecord, F> {
  loaders: {
    /** The venue by id (null when there is none). */
    venue: DataLoader<string, V | null>;
    /** One page of the venues of each region subtree (by code prefix), batched across regions. */
    venuesInRegion: (prefix: string, page: Page) => Promise<Connection<V>>;
  };
  data: {
    /** One page of the venues in a region subtree that pass the department's filters. */
    venuePage: (prefix: string, page: Page, filter: F) => Promise<Connection<V> | undefined>;
  };
}

export interface VenueScaffoldOptions<V extends VenueRecord, F extends object> {
  department: VenueDepartmentName;
  /** The venue's object type (keyed by id). */
  Venue: ClassType<V>;
  /** Its connection type (`connectionTypes(Venue, …)`). */
  Connection: ClassType;
  /** The department's `Region` stub (keyed by code, owned by facilities). */
  Region: ClassType<{ code: string }>;
  /** An @ArgsType() class with the list's own filters (level, grade, …). */
  Filter: ClassType<F>;
  /** Query names: the venue by id and the list, e.g. cultureStation / cultureStations (also the Region field). */
  names: { one: string; many: string };
  /** Descriptions (English and Chinese) of the generated fields. */
  describe: { one: string; many: string; region: string; regionMany: string };
  /** Checks the filters once the region prefix is known (ranges, who may filter by what); throws to refuse. */
  checkFilter?: (filter: F, prefix: string, ctx: VenueContext<V, F> & { identity: Identity }) => void;
}

export interface VenueScaffold {
  /** Resolver classes to list in the subgraph's schema. */
  resolvers: [ClassType, ClassType];
  /** `__resolveReference` of the venue type, for `buildFederatedSchema`'s referenceResolvers. */
  reference: Record<string, { __resolveReference: (ref: { id: string }, ctx: never) => unknown }>;
}

export function venueScaffold<V extends VenueRecord, F extends object>(opts: VenueScaffoldOptions<V, F>): VenueScaffold {
  type Ctx = VenueContext<V, F> & { identity: Identity };

  @Resolver(() => opts.Venue)
  class VenueScaffoldResolver {
    @Query(() => opts.Venue, { name: opts.names.one, nullable: true, description: opts.describe.one })
    one(@Arg('id', () => ID, { description: 'Its id. 编号。' }) id: string, @Ctx() ctx: Ctx) {
      return ctx.loaders.venue.load(checkId('id', id));
    }

    @Query(() => opts.Connection, { name: opts.names.many, nullable: true, description: opts.describe.many })
    async many(
      @Arg('regionPrefix', () => ID, REGION_PREFIX_ARG) regionPrefix: string,
      @Args(() => opts.Filter) filter: F,
      @Args(() => PageArgs) pageArgs: PageArgs,
      @Ctx() ctx: Ctx,
    ) {
      const prefix = checkRegionPrefix('regionPrefix', regionPrefix);
      opts.checkFilter?.(filter, prefix, ctx);
      return ctx.data.venuePage(prefix, toPage(pageArgs), filter);
    }

    @FieldResolver(() => opts.Region, { nullable: true, description: opts.describe.region })
    region(@Root() venue: V): { code: string } {
      return { code: venue.regionCode };
    }
  }

  @Resolver(() => opts.Region)
  class RegionVenuesResolver {
    @FieldResolver(() => opts.Connection, { name: opts.names.many, nullable: true, description: opts.describe.regionMany })
    venues(@Root() region: { code: string }, @Args(() => PageArgs) pageArgs: PageArgs, @Ctx() ctx: Ctx) {
      return ctx.loaders.venuesInRegion(region.code, toPage(pageArgs));
    }
  }

  return {
    resolvers: [VenueScaffoldResolver, RegionVenuesResolver],
    reference: {
      [venueDepartment(opts.department).venueType]: {
        __resolveReference: (ref: { id: string }, ctx: never) => (ctx as Ctx).loaders.venue.load(ref.id),
      },
    },
  };
}
