import { isTownshipWithoutVenues } from '../../kit/imports/divisions.js';
import { type ImportDefinition, keyDigest, type SheetWriter } from '../../kit/imports/writer.js';
import { TEAMS, UNITS } from './data/columns.js';
import { PRACTICE_IMPORT } from './import-spec.js';

/**
 * How the Propaganda Department's import writes its tables (kit/imports/writer.ts). A unit is known by
 * its division (one per division; a new one's id is practice-<code>) and hangs under the unit of the
 * division directly above (a village's station under its township's institute, a township's under the
 * county centre; a development zone's villages under the county centre), which must exist or come in
 * the same file; a county centre has none. A team is known
 * by its unit and its name; a new team's parent team is left empty (the platform links teams).
 */

/**
 * The division whose unit a unit hangs under: the one directly above, except that a village of a
 * township-level division with no institute (a development zone, a farm: isTownshipWithoutVenues) hangs
 * under the county centre; none above a county.
 */
function parentDivision(code: string): string | null {
  if (code.length === 12) return isTownshipWithoutVenues(code.slice(0, 9)) ? code.slice(0, 6) : code.slice(0, 9);
  if (code.length === 9) return code.slice(0, 6);
  return null;
}

const units: SheetWriter = {
  kind: 'units',
  columns: UNITS,
  id: 'id',
  key: ['regionCode'],
  regionField: 'regionCode',
  fields: ['name', 'tier', 'regionCode', 'parentId'],
  toStored: ({ region, ...rest }) => ({ ...rest, regionCode: region }),
  region: (r) => r.region as string,
  newId: (s) => `practice-${s.regionCode}`,
  references: [
    {
      field: 'parentId',
      fields: ['region'],
      sheet: 'units',
      keyOf: (r) => {
        const parent = parentDivision(r.region as string);
        return parent ? { regionCode: parent } : null;
      },
      what: {
        zh: '上级实践阵地（上一级区划的中心或所；开发区等不设乡镇阵地的，为县级实践中心）',
        en: "parent unit (of the division directly above; the county's centre for a development zone's villages)",
      },
    },
  ],
};

const teams: SheetWriter = {
  kind: 'teams',
  columns: TEAMS,
  id: 'id',
  key: ['unitId', 'name'],
  fields: ['unitId', 'name', 'level', 'members'],
  toStored: ({ region: _region, ...rest }) => rest,
  region: (r) => r.region as string,
  newId: (s) => `${s.unitId}-t${keyDigest(String(s.name))}`,
  references: [
    {
      field: 'unitId',
      fields: ['region'],
      sheet: 'units',
      keyOf: (r) => ({ regionCode: r.region }),
      what: { zh: '实践阵地', en: 'practice unit' },
    },
  ],
};

export const PRACTICE_IMPORT_WRITERS: ImportDefinition = { dept: 'practice', spec: PRACTICE_IMPORT, writers: [units, teams] };
