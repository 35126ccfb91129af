import { describe, expect, it } from 'vitest';
import { divisionLevels, isTownshipWithoutVenues } from '../../kit/imports/divisions.js';
import { loadRegions } from '../../seed/regions.js';

/** What the import engine knows of the committed division list (kit/imports/divisions.ts). */
describe('the division list, as the importer reads it', () => {
  it('every code with its level, and nothing else', () => {
    const levels = divisionLevels();
    expect(levels.size).toBe(loadRegions().length);
    expect(levels.get('33')).toBe('PROVINCE');
    expect(levels.get('3301')).toBe('CITY');
    expect(levels.get('330106')).toBe('COUNTY');
    expect(levels.get('330106002')).toBe('TOWNSHIP');
    expect(levels.get('330106002051')).toBe('VILLAGE'); // 上保社区
    expect(levels.get('330199')).toBeUndefined();
    expect(divisionLevels()).toBe(levels); // read once per process
  });

  it('a township-level division that is no township (开发区, kind OTHER) has no venues of its own; a 街道 or a county does', () => {
    const others = loadRegions().filter((r) => r.level === 'TOWNSHIP' && r.kind === 'OTHER');
    expect(others.length).toBeGreaterThan(0);
    for (const r of others) expect(isTownshipWithoutVenues(r.code), r.name).toBe(true);
    expect(isTownshipWithoutVenues('330109401')).toBe(true); // 萧山经济技术开发区
    expect(isTownshipWithoutVenues('330106002')).toBe(false); // 北山街道
    expect(isTownshipWithoutVenues('330109')).toBe(false); // a county, whatever its kind
    expect(isTownshipWithoutVenues('330109401001')).toBe(false); // a village of the zone
    const villageOther = loadRegions().find((r) => r.level !== 'TOWNSHIP' && r.kind === 'OTHER');
    if (villageOther) expect(isTownshipWithoutVenues(villageOther.code)).toBe(false);
  });
});
