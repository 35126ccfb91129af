import { type ImportDefinition, keyDigest, type SheetWriter } from '../../kit/imports/writer.js';
import { idCardDigest, idCardMatches, type Progress } from '../../kit/sheets/cells.js';
import { FUNDING, OPERATORS, STAFF, STATIONS } from './data/columns.js';
import { StationStatus } from './entities/station-status.js';
import { SOCIAL_WORK_IMPORT } from './import-spec.js';

/**
 * How Civil Affairs' import writes its tables (kit/imports/writer.ts). An operator is known by its USCC,
 * a station by its township (one per township; a new one's id is sw-<township>), staff by their
 * station and name, funding by station, year and source.
 *
 * A station's 工作进度 sets its status (已建成 → OPERATING, 建设中 → BUILDING, 未启动 → PLANNED) and
 * keeps its percentage; 负责人, 联系电话, 具体地址 and 配备资金 are the list's own columns. A station
 * not yet stored needs its year, completion date, progress and operator (the graph's stations have
 * them); a known one may be updated by any of its columns. An identity-card number is stored only as
 * its salted digest and compared with the stored digest, so the same number again is no change.
 */

const STATUS_OF: Record<Progress['stage'], StationStatus> = {
  COMPLETED: StationStatus.OPERATING,
  IN_PROGRESS: StationStatus.BUILDING,
  NOT_STARTED: StationStatus.PLANNED,
};

const operators: SheetWriter = {
  kind: 'operators',
  columns: OPERATORS,
  id: 'id',
  key: ['uscc'],
  regionField: 'countyCode',
  fields: ['name', 'uscc', 'countyCode'],
  toStored: ({ county, ...rest }) => ({ ...rest, countyCode: county }),
  region: (r) => r.county as string,
  newId: (s) => `op-${s.countyCode}-${s.uscc}`,
};

const stations: SheetWriter = {
  kind: 'stations',
  columns: STATIONS,
  id: 'id',
  key: ['regionCode'],
  regionField: 'regionCode',
  fields: [
    'name',
    'regionCode',
    'address',
    'leaderName',
    'leaderPhone',
    'allottedFen',
    'status',
    'progressPercent',
    'establishedYear',
    'completedOn',
    'acceptedOn',
    'operatorId',
  ],
  toStored: (r) => {
    const progress = r.progress as Progress | null | undefined;
    return {
      name: r.name,
      regionCode: r.township,
      address: r.address,
      leaderName: r.leader,
      leaderPhone: r.leaderPhone,
      allottedFen: r.funding,
      status: progress ? STATUS_OF[progress.stage] : null,
      progressPercent: progress?.percent ?? null,
      establishedYear: r.establishedYear,
      completedOn: r.completedOn,
      acceptedOn: r.acceptedOn,
    };
  },
  requiredOnInsert: [
    { stored: 'status', field: 'progress' },
    { stored: 'establishedYear', field: 'establishedYear' },
    { stored: 'completedOn', field: 'completedOn' },
    { stored: 'operatorId', field: 'operatorUscc' },
  ],
  region: (r) => r.township as string,
  newId: (s) => `sw-${s.regionCode}`,
  references: [
    {
      field: 'operatorId',
      fields: ['operatorUscc'],
      sheet: 'operators',
      keyOf: (r) => (r.operatorUscc ? { uscc: r.operatorUscc } : null),
      what: { zh: '运营机构', en: 'operator' },
    },
  ],
};

const station = { field: 'stationId', fields: ['township'], sheet: 'stations', what: { zh: '社工站', en: 'social-work station' } };
const ofTownship = (r: Record<string, unknown>) => ({ regionCode: r.township });

const staff: SheetWriter = {
  kind: 'staff',
  columns: STAFF,
  id: 'id',
  key: ['stationId', 'name'],
  fields: ['stationId', 'name', 'role', 'certifiedLevel', 'phone', 'idCardDigest'],
  toStored: ({ township: _township, idCard, ...rest }) => ({ ...rest, idCardDigest: idCard }),
  defaults: { certifiedLevel: 'NONE', phone: '' },
  region: (r) => r.township as string,
  newId: (s) => `${s.stationId}-i${keyDigest(String(s.name))}`,
  references: [{ ...station, keyOf: ofTownship }],
  // The file carries the number, the database its digest: the same number is no change.
  same: { idCardDigest: (number, stored) => typeof number === 'string' && idCardMatches(number, stored) },
  encode: (s) => ({ ...s, idCardDigest: /^sha256\$/.test(String(s.idCardDigest)) ? s.idCardDigest : idCardDigest(String(s.idCardDigest)) }),
};

const funding: SheetWriter = {
  kind: 'funding',
  columns: FUNDING,
  id: 'id',
  key: ['stationId', 'year', 'source'],
  fields: ['stationId', 'year', 'source', 'amountFen', 'purpose'],
  toStored: ({ township: _township, amount, ...rest }) => ({ ...rest, amountFen: amount }),
  defaults: { purpose: '' },
  region: (r) => r.township as string,
  newId: (s) => `${s.stationId}-i${keyDigest(`${s.year}\n${s.source}`)}`,
  references: [{ ...station, keyOf: ofTownship }],
};

export const SOCIAL_WORK_IMPORT_WRITERS: ImportDefinition = {
  dept: 'social-work',
  spec: SOCIAL_WORK_IMPORT,
  writers: [operators, stations, staff, funding],
};
