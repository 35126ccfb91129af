import type { ColumnSpec, EnumValue, Reason } from './spec.js';

/**
 * Columns several templates share (subgraphs/<owner>/import-spec.ts): a township, a division of any
 * level, and the columns of an activity ledger. Each template gives the column its own description.
 */

/** Every wording of a township column offices use; each template's header is one of them. */
const TOWNSHIP_HEADERS = ['所属乡镇(街道)', '所在乡镇(街道)', '乡镇(街道)', '街道(乡镇)', '所在乡镇', '乡镇街道', '乡镇', 'Township'];

/** The township (街道、乡镇) a record belongs to, by name or 9-digit code; `header` as the template writes it. */
export function townshipColumn(description: Reason, header = '所属乡镇(街道)'): ColumnSpec {
  return {
    field: 'township',
    header,
    aliases: TOWNSHIP_HEADERS.filter((h) => h !== header),
    en: 'Township (subdistrict)',
    kind: { type: 'region', level: 'TOWNSHIP' },
    required: true,
    description: {
      zh: `${description.zh}：乡镇（街道）名称或 9 位区划代码；名称可只写乡镇名（在本县范围内唯一时）。`,
      en: `${description.en}: a name or the 9-digit division code; the township's name alone is enough when it is unique within the county.`,
    },
    example: '北山街道',
  };
}

/** The division of any level (county, township, village) a record belongs to, by name or code. */
export function divisionColumn(description: Reason): ColumnSpec {
  return {
    field: 'region',
    header: '所在区划',
    aliases: ['所属区划', '行政区划', '区划', '所在地区', '所在村(社区)', '所在乡镇(街道)', 'Region', 'Division'],
    en: 'Region',
    kind: { type: 'region' },
    required: true,
    description: {
      zh: `${description.zh}：县（市、区）、乡镇（街道）或村（社区）的名称或区划代码（6、9、12 位）；名称在本县范围内重名时请写代码。`,
      en: `${description.en}: the county, township or village (community) by name or by its 6-, 9- or 12-digit code; write the code when the name recurs within the county.`,
    },
    example: '北山街道',
  };
}

export interface ActivityColumnsOptions {
  /** The department's activity kinds. */
  kinds: EnumValue[];
  kindDescription: Reason;
  kindExample: string;
  titleExample: string;
  /** The most attendances one activity may report. */
  maxParticipants: number;
  participantsExample: string;
}

/** An activity ledger's columns after the venue's: date, title, kind and attendances. */
export function activityColumns(o: ActivityColumnsOptions): ColumnSpec[] {
  return [
    {
      field: 'heldOn',
      header: '活动日期',
      aliases: ['日期', '举办日期', '活动时间', 'Date', 'Held on'],
      en: 'Date',
      kind: { type: 'date' },
      required: true,
      description: { zh: '活动举办的日期。', en: 'The day it was held.' },
      example: '2021-06-02',
    },
    {
      field: 'title',
      header: '活动名称',
      aliases: ['活动主题', '名称', 'Title'],
      en: 'Title',
      kind: { type: 'text', maxLength: 200 },
      required: true,
      description: { zh: '活动名称或主题。', en: 'The title or theme of the activity.' },
      example: o.titleExample,
    },
    {
      field: 'kind',
      header: '活动类型',
      aliases: ['类型', '活动类别', 'Kind'],
      en: 'Kind',
      kind: { type: 'enum', values: o.kinds },
      required: true,
      description: o.kindDescription,
      example: o.kindExample,
    },
    {
      field: 'participants',
      header: '参与人次',
      aliases: ['参加人数', '参与人数', '服务人次', '人次', 'Participants'],
      en: 'Participants',
      kind: { type: 'int', min: 0, max: o.maxParticipants },
      required: true,
      description: { zh: '参加活动的人次。', en: 'How many took part (attendances).' },
      example: o.participantsExample,
    },
  ];
}
