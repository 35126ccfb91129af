import { loadRegions } from '../../seed/regions.js';
import type { DivisionLevels } from './values.js';

let levels: DivisionLevels | undefined;

/** Every division code of the committed division list with its level (read once per process). */
export function divisionLevels(): DivisionLevels {
  levels ??= new Map(loadRegions().map((r) => [r.code, r.level]));
  return levels;
}

let otherTownships: ReadonlySet<string> | undefined;

/**
 * True for a township-level division that is no township (开发区, 农场, 县直辖村级区划: kind OTHER in the
 * division list): it has no township venues of its own, so its villages' venues hang under the county's.
 */
export function isTownshipWithoutVenues(code: string): boolean {
  otherTownships ??= new Set(
    loadRegions()
      .filter((r) => r.level === 'TOWNSHIP' && r.kind === 'OTHER')
      .map((r) => r.code),
  );
  return otherTownships.has(code);
}
