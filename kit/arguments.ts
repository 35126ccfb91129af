import { badInput, forbidden } from './errors.js';
import { isRegionCode, isRegionPrefix, REGION_CODE_EXPECTED, REGION_PREFIX_EXPECTED } from './region-code.js';

/** Checks of argument values shared by every subgraph: each returns the value or throws BAD_USER_INPUT naming the argument. */

export function checkRegionCode(argument: string, value: string): string {
  if (!isRegionCode(value)) throw badInput(argument, REGION_CODE_EXPECTED, value);
  return value;
}

/**
 * The options of every `regionPrefix` argument: one name, one default, one meaning across the graph
 * (README "Naming scheme"). A field whose caller is limited to a region narrows it to that region.
 */
export const REGION_PREFIX_ARG = {
  defaultValue: '33',
  description:
    'Only results in regions whose division code starts with this prefix, e.g. 330106 (default 33, the whole province). 区划代码前缀。',
} as const;

export function checkRegionPrefix(argument: string, value: string): string {
  if (!isRegionPrefix(value)) throw badInput(argument, REGION_PREFIX_EXPECTED, value);
  return value;
}

/**
 * A `regionPrefix` for a caller limited to `region`: the part of the asked subtree within their region
 * (`33` for staff of 330106 means 330106; 330106002 stays), FORBIDDEN when the two do not overlap.
 */
export function withinRegion(prefix: string, region: string): string {
  if (prefix.startsWith(region)) return prefix;
  if (region.startsWith(prefix)) return region;
  throw forbidden(`Only results within your region ${region} may be listed.`);
}

/** Ids of this graph: letters, digits and '_', '.', ':', '-' (e.g. site-330106002-r1). */
const ID = /^[\w.:-]{1,100}$/;

export function isValidId(value: string): boolean {
  return typeof value === 'string' && ID.test(value);
}

/** An id argument: anything else (a NUL byte, a 10 kB string) is BAD_USER_INPUT, not a database error. */
export function checkId(argument: string, value: string): string {
  if (!isValidId(value)) throw badInput(argument, 'an id of letters, digits, "_", ".", ":" or "-" (at most 100)', value);
  return value;
}

/** The years instants and dates may fall in: far enough for any booking, near enough for every database. */
const EARLIEST = Date.parse('2000-01-01T00:00:00Z');
const LATEST = Date.parse('2100-01-01T00:00:00Z');

/** A DateTime argument within 2000–2099 (year 0 or 10000 would reach SQL and fail there). */
export function checkInstant(argument: string, value: Date): Date {
  const t = value.getTime();
  if (!(t >= EARLIEST && t < LATEST))
    throw badInput(argument, 'a time from 2000 to 2099', Number.isNaN(t) ? String(value) : value.toISOString());
  return value;
}

/** A LocalDate argument (YYYY-MM-DD) within 2000–2099. */
export function checkLocalDate(argument: string, value: string): string {
  if (!/^20\d\d-\d\d-\d\d$/.test(value)) throw badInput(argument, 'a date from 2000-01-01 to 2099-12-31', value);
  return value;
}

/** A window [from, to) of at most `maxDays` days, both ends within 2000–2099. */
export function checkWindow(from: Date, to: Date, maxDays: number): void {
  checkInstant('from', from);
  checkInstant('to', to);
  if (!(to > from) || to.getTime() - from.getTime() > maxDays * 86_400_000) {
    throw badInput('to', `after from, at most ${maxDays} days later`, to.toISOString());
  }
}

/** An integer argument within [min, max]. */
export function checkIntRange(
  argument: string,
  value: number,
  min: number,
  max: number,
  expected = `an integer from ${min} to ${max}`,
): number {
  if (!Number.isInteger(value) || value < min || value > max) throw badInput(argument, expected, value);
  return value;
}
