import type { Database, Knex } from '../../../kit/db.js';
import type { ImportRefusal } from '../../../kit/imports/engine.js';
import { recordImport } from '../../../kit/imports/log.js';
import { keyDigest } from '../../../kit/imports/writer.js';
import { prefixRange } from '../../../kit/sql-pages.js';
import type { Identity } from '../../../kit/identity.js';
import { normaliseAddress } from '../domain/address.js';
import { PLAQUES, SITES } from './columns.js';

/**
 * Placing imported venues at sites: a venue that came with its address hangs its plaque at the site
 * of its township with the same address (domain/address.ts), or at a new site made for that address
 * (known by its address only: no coordinates until a township's sites sheet gives them). One
 * transaction with its import_log entry, as an import.
 */

export interface PlacementRequest {
  venues: { row: number; venueId: string; venueType: string; name: string; township: string; address: string }[];
  commit: boolean;
  fileName: string;
  fileSha256: string;
}

export type PlacementAction = 'existing-site' | 'new-site' | 'unchanged' | 'moved';

export interface PlacementResult {
  committed: boolean;
  importId: number;
  placements: { row: number; venueId: string; siteId: string; action: PlacementAction }[];
  refusals: ImportRefusal[];
}

/** The names of a township and the divisions above it, from the region tree. */
async function chainNames(knex: Knex, township: string): Promise<string[] | null> {
  const codes = [township.slice(0, 2), township.slice(0, 4), township.slice(0, 6), township];
  const rows = (await knex('regions').whereIn('code', codes).select('code', 'name', 'level')) as {
    code: string;
    name: string;
    level: string;
  }[];
  if (!rows.some((r) => r.code === township && r.level === 'TOWNSHIP')) return null;
  return rows.map((r) => r.name);
}

export async function placeVenues(
  db: Database,
  request: PlacementRequest,
  who: { identity: Identity; requestId: string; mayPlace: (venueType: string, township: string) => boolean },
): Promise<PlacementResult> {
  return db.knex.transaction(async (knex) => {
    const refusals: ImportRefusal[] = [];
    const placements: PlacementResult['placements'] = [];
    const refuse = (row: number, field: string | null, zh: string, en: string) =>
      refusals.push({ sheet: 'placements', row, field, reason: { zh, en } });
    /** Per township: its sites by normalised address (those made by this request too), and its names. */
    const townships = new Map<string, { names: string[]; byAddress: Map<string, string> } | null>();
    const newSites: Record<string, unknown>[] = [];
    const plaqueWrites: { venueId: string; venueType: string; siteId: string; insert: boolean }[] = [];
    const seen = new Set<string>();
    // Where each venue hangs now, in one query per 500 venues rather than one per venue.
    const ids = [...new Set(request.venues.map((v) => v.venueId))];
    const plaques = new Map<string, string>();
    for (let i = 0; i < ids.length; i += 500) {
      const rows = (await knex('plaques')
        .whereIn('venue_id', ids.slice(i, i + 500))
        .select('venue_id', 'site_id')) as {
        venue_id: string;
        site_id: string;
      }[];
      for (const r of rows) plaques.set(r.venue_id, r.site_id);
    }
    for (const v of request.venues) {
      if (seen.has(v.venueId)) {
        refuse(v.row, null, `场所 ${v.venueId} 在本次提交中出现两次`, `venue ${v.venueId} is sent twice`);
        continue;
      }
      seen.add(v.venueId);
      const address = v.address.trim();
      if (address === '' || [...address].length > 300) {
        refuse(v.row, 'address', '地址应为 1 至 300 个字', 'the address must be 1 to 300 characters');
        continue;
      }
      if (!townships.has(v.township)) {
        const names = /^\d{9}$/.test(v.township) ? await chainNames(knex, v.township) : null;
        if (!names) townships.set(v.township, null);
        else {
          const range = prefixRange('region_code', v.township);
          const sites = (await knex('sites').whereRaw(range.sql, range.bindings).select('id', 'address')) as {
            id: string;
            address: string;
          }[];
          townships.set(v.township, { names, byAddress: new Map(sites.map((s) => [normaliseAddress(s.address, names), s.id])) });
        }
      }
      const township = townships.get(v.township);
      if (!township) {
        refuse(v.row, 'township', `${v.township} 不是已知的乡镇（街道）代码`, `${v.township} is not a known township code`);
        continue;
      }
      if (!who.mayPlace(v.venueType, v.township)) {
        refuse(
          v.row,
          null,
          '无权为该部门的场所登记挂牌场地',
          "not allowed: only the venue's own department (within its region) and admins may place it",
        );
        continue;
      }
      const key = normaliseAddress(address, township.names);
      let siteId = township.byAddress.get(key);
      let action: PlacementAction = 'existing-site';
      if (!siteId) {
        siteId = `site-${v.township}-a${keyDigest(key, 10)}`;
        township.byAddress.set(key, siteId);
        newSites.push(
          SITES.row({ id: siteId, name: v.name.slice(0, 200), address, regionCode: v.township, lng: null, lat: null, crs: 'GCJ02' }),
        );
        action = 'new-site';
      }
      const hangsAt = plaques.get(v.venueId);
      if (hangsAt === siteId) action = 'unchanged';
      else {
        if (hangsAt !== undefined) action = 'moved';
        plaqueWrites.push({ venueId: v.venueId, venueType: v.venueType, siteId, insert: hangsAt === undefined });
      }
      placements.push({ row: v.row, venueId: v.venueId, siteId, action });
    }
    const committed = request.commit && refusals.length === 0;
    if (committed) {
      if (newSites.length) await knex('sites').insert(newSites);
      for (const p of plaqueWrites) {
        if (p.insert) await knex('plaques').insert(PLAQUES.row(p));
        else await knex('plaques').where('venue_id', p.venueId).update({ site_id: p.siteId });
      }
    }
    const n = (a: PlacementAction[]) => placements.filter((p) => a.includes(p.action)).length;
    const importId = await recordImport(knex, {
      identity: who.identity,
      requestId: who.requestId,
      owner: 'facilities',
      fileName: request.fileName,
      fileSha256: request.fileSha256,
      committed,
      skipInvalid: false,
      counts: {
        read: request.venues.length,
        inserted: n(['existing-site', 'new-site']),
        updated: n(['moved']),
        unchanged: n(['unchanged']),
        refused: request.venues.length - placements.length,
      },
    });
    return { committed, importId, placements, refusals };
  });
}
