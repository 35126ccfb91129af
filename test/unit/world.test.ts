import { describe, expect, it } from 'vitest';
import { loadRegions } from '../../seed/regions.js';
import { isValidUscc, makeUscc } from '../../seed/uscc.js';
import { buildWorld, CERTIFIED_STAFF_TARGET, SEED_DOCUMENT_FIGURES, worldOptions } from '../../seed/world/index.js';
import { apportion } from '../../seed/random.js';
import { isValidIdCard } from '../../kit/sheets/cells.js';

const province = buildWorld(worldOptions('province', 2021));

describe('the reference world at province scale', () => {
  it('reproduces the seed document: 466 stations, 76 built in 2021, 1,393 staff, ¥185,000,000', () => {
    expect(province.socialWorkStations).toHaveLength(SEED_DOCUMENT_FIGURES.stations);
    expect(province.socialWorkStations.filter((s) => s.establishedYear === 2021)).toHaveLength(76);
    expect(province.staff).toHaveLength(1393);
    expect(province.funding.reduce((a, f) => a + f.amountFen, 0)).toBe(185_000_000 * 100);
    expect(SEED_DOCUMENT_FIGURES).toEqual({ stations: 466, stationsBuiltIn2021: 76, staff: 1393, fundingYuan: 185_000_000 });
  });

  it('has a venue of each department where the real divisions say so', () => {
    const regions = loadRegions();
    const realTownships = regions.filter((r) => r.level === 'TOWNSHIP' && r.kind !== 'OTHER');
    expect(realTownships).toHaveLength(1364);
    expect(province.cultureStations).toHaveLength(1364); // one per real township
    expect(province.partyCentres).toHaveLength(90 + 1364 + 25547); // county, township, village level
    expect(province.practiceUnits.filter((u) => u.tier === 'STATION')).toHaveLength(25547);
    const townshipCodes = new Set(realTownships.map((t) => t.code));
    expect(province.socialWorkStations.every((s) => townshipCodes.has(s.regionCode))).toBe(true);
    expect(new Set(province.socialWorkStations.map((s) => s.regionCode)).size).toBe(466);
  });

  it('shows which stations fall short of three certified social workers', () => {
    const certified = new Map<string, number>();
    for (const s of province.staff) if (s.certifiedLevel !== 'NONE') certified.set(s.stationId, (certified.get(s.stationId) ?? 0) + 1);
    const short = province.socialWorkStations.filter((s) => (certified.get(s.id) ?? 0) < CERTIFIED_STAFF_TARGET);
    // 1,393 staff over 466 stations cannot give three certified each.
    expect(short.length).toBeGreaterThan(0);
    const staffIndicator = province.indicators.filter((i) => i.kind === 'STAFF');
    expect(staffIndicator).toHaveLength(466);
    for (const i of staffIndicator) expect(i.value).toBe(certified.get(i.stationId) ?? 0);
  });

  it('keeps every plaque on an existing site, and several plaques in one building', () => {
    const sites = new Set(province.sites.map((s) => s.id));
    expect(province.plaques.every((p) => sites.has(p.siteId))).toBe(true);
    const perSite = new Map<string, number>();
    for (const p of province.plaques) perSite.set(p.siteId, (perSite.get(p.siteId) ?? 0) + 1);
    expect([...perSite.values()].filter((n) => n >= 3).length).toBeGreaterThan(1000);
    expect(new Set(province.plaques.map((p) => p.venueId)).size).toBe(province.plaques.length);
  });

  it('gives every space one sharing rule; never-shared rooms (counselling) are never shared', () => {
    expect(province.sharingRules).toHaveLength(province.spaces.length);
    const bySpace = new Map(province.sharingRules.map((r) => [r.spaceId, r]));
    for (const space of province.spaces) {
      const rule = bySpace.get(space.id)!;
      expect(rule.shared).toBe(space.shareable);
      if (space.kind === 'COUNSELLING_ROOM') expect(rule.shared).toBe(false);
    }
    const ownBuildings = province.sharingRules.filter((r) => r.spaceId.includes('-sw-'));
    expect(ownBuildings.length).toBeGreaterThan(0);
    expect(ownBuildings.every((r) => r.managingDept === 'social-work')).toBe(true);
  });

  it('makes identity-card numbers an office could import (a valid check character), and valid credit codes', () => {
    for (const s of province.staff) expect(isValidIdCard(s.idNumber), s.idNumber).toBe(true);
    expect(province.operators.every((o) => isValidUscc(o.uscc))).toBe(true);
  });
});

describe('determinism', () => {
  it('gives the same data for the same seed and different data for another', () => {
    const again = buildWorld({ ...worldOptions('small', 2021), villagesPerTownship: 1 });
    const same = buildWorld({ ...worldOptions('small', 2021), villagesPerTownship: 1 });
    const other = buildWorld({ ...worldOptions('small', 7), villagesPerTownship: 1 });
    expect(JSON.stringify(same)).toBe(JSON.stringify(again));
    expect(other.sites[0]!.address).not.toBe(again.sites[0]!.address);
  });

  it('holds in a city exactly what the province holds there', () => {
    const city = buildWorld(worldOptions('city:3305', 2021));
    const inCity = <T extends { regionCode: string }>(rows: T[]) => rows.filter((r) => r.regionCode.startsWith('3305'));
    expect(city.socialWorkStations).toEqual(inCity(province.socialWorkStations));
    expect(city.cultureStations).toEqual(inCity(province.cultureStations));
    expect(city.sites).toEqual(inCity(province.sites));
    const ids = new Set(city.socialWorkStations.map((s) => s.id));
    expect(city.funding).toEqual(province.funding.filter((f) => ids.has(f.stationId)));
  });

  it('refuses an unknown scale', () => {
    expect(() => worldOptions('planet', 1)).toThrow(/Unknown scale "planet"/);
    expect(() => worldOptions('city:33', 1)).toThrow(/Unknown scale/);
  });
});

describe('helpers', () => {
  it('apportion splits a total exactly, in proportion', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(100, [1, 3])).toEqual([25, 75]);
    const parts = apportion(18_500_000_000, [3, 7, 11, 13]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(18_500_000_000);
  });

  it('makes unified social credit codes whose check characters verify', () => {
    const code = makeUscc('330106', 'MA2H3K4L');
    expect(code).toHaveLength(18);
    expect(code.startsWith('52330106MA2H3K4L')).toBe(true);
    expect(isValidUscc(code)).toBe(true);
    const tampered = code.slice(0, 17) + (code[17] === '0' ? '1' : '0');
    expect(isValidUscc(tampered)).toBe(false);
    // The example code of the GB 32100 literature verifies too: the check is the standard's, not ours alone.
    expect(isValidUscc('91350100M000100Y43')).toBe(true);
  });
});
