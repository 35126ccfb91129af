import { type ImportDefinition, keyDigest, type SheetWriter } from '../../kit/imports/writer.js';
import { PARTY_ACTIVITIES, PARTY_CENTRES } from './data/columns.js';
import { PARTY_IMPORT } from './import-spec.js';

/**
 * How the Organization Department's import writes its tables (kit/imports/writer.ts). A centre is
 * known by its division (one per division; a new one's id is party-<code>, as the generated ones), an
 * activity by its centre, day and title. A centre's functions are stored as their list (JSON text).
 */

const centres: SheetWriter = {
  kind: 'centres',
  columns: PARTY_CENTRES,
  id: 'id',
  key: ['regionCode'],
  regionField: 'regionCode',
  fields: ['name', 'level', 'functions', 'serviceHallM2', 'openingHours', 'regionCode'],
  toStored: ({ region, ...rest }) => ({ ...rest, regionCode: region }),
  defaults: { functions: [] },
  region: (r) => r.region as string,
  newId: (s) => `party-${s.regionCode}`,
};

const activities: SheetWriter = {
  kind: 'activities',
  columns: PARTY_ACTIVITIES,
  id: 'id',
  key: ['centreId', 'heldOn', 'title'],
  fields: ['centreId', 'heldOn', 'title', 'kind', 'participants'],
  toStored: ({ region: _region, ...rest }) => rest,
  region: (r) => r.region as string,
  newId: (s) => `${s.centreId}-i${keyDigest(`${s.heldOn}\n${s.title}`)}`,
  references: [
    {
      field: 'centreId',
      fields: ['region'],
      sheet: 'centres',
      keyOf: (r) => ({ regionCode: r.region }),
      what: { zh: '党群服务中心', en: 'Party service centre' },
    },
  ],
};

export const PARTY_IMPORT_WRITERS: ImportDefinition = { dept: 'party', spec: PARTY_IMPORT, writers: [centres, activities] };
