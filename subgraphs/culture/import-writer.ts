import { type ImportDefinition, keyDigest, type SheetWriter } from '../../kit/imports/writer.js';
import { CULTURE_ACTIVITIES, STATIONS } from './data/columns.js';
import { CULTURE_IMPORT } from './import-spec.js';

/**
 * How Culture's import writes its tables (kit/imports/writer.ts). A station is known by its township
 * (one per township; a new one's id is culture-<township>, as the generated ones), an activity by its
 * station, day and title (a new one's id adds a digest of the two).
 */

const stations: SheetWriter = {
  kind: 'stations',
  columns: STATIONS,
  id: 'id',
  key: ['regionCode'],
  regionField: 'regionCode',
  fields: [
    'name',
    'grade',
    'buildingAreaM2',
    'weeklyOpenHours',
    'openDaysPerYear',
    'fullTimeStaff',
    'partTimeStaff',
    'guidingUnit',
    'regionCode',
  ],
  toStored: ({ township, ...rest }) => ({ ...rest, regionCode: township }),
  defaults: { partTimeStaff: 0 },
  region: (r) => r.township as string,
  newId: (s) => `culture-${s.regionCode}`,
};

const activities: SheetWriter = {
  kind: 'activities',
  columns: CULTURE_ACTIVITIES,
  id: 'id',
  key: ['stationId', 'heldOn', 'title'],
  fields: ['stationId', 'heldOn', 'title', 'kind', 'participants'],
  toStored: ({ township: _township, ...rest }) => rest,
  region: (r) => r.township as string,
  newId: (s) => `${s.stationId}-i${keyDigest(`${s.heldOn}\n${s.title}`)}`,
  references: [
    {
      field: 'stationId',
      fields: ['township'],
      sheet: 'stations',
      keyOf: (r) => ({ regionCode: r.township }),
      what: { zh: '文化站', en: 'culture station' },
    },
  ],
};

export const CULTURE_IMPORT_WRITERS: ImportDefinition = {
  dept: 'culture',
  spec: CULTURE_IMPORT,
  writers: [stations, activities],
};
