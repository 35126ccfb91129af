import { loadRegions } from '../../seed/regions.js';
import type { DivisionLevels } from './values.js';

let levels: DivisionLevels | undefined;

/** Every division code of the committed division list with its level (read once per process). */
export function divisionLevels(): DivisionLevels {
  levels ??= new Map(loadRegions().map((r) => [r.code, r.level]));
  return levels;
}
