import { enumValuesOf } from '../../kit/sheets/enum-labels.js';
import { activityColumns, divisionColumn } from '../../kit/sheets/shared-columns.js';
import type { SheetSpec, TemplateSpec } from '../../kit/sheets/spec.js';
import { PARTY_ACTIVITY_KIND_LABELS } from './entities/party-activity-kind.js';
import { PARTY_CENTRE_LEVEL_LABELS } from './entities/party-centre-level.js';
import { PARTY_FUNCTION_LABELS } from './entities/party-function.js';

/**
 * The Organization Department's import template: its 党群服务中心 台账, one row per centre, at county,
 * township and village (community) level, and the centres' activities (党群活动台账).
 *
 * Key: a centre's division. The registry keeps one centre per division (its id is party-<region code>),
 * and the department's own lists name a centre by where it is (县、乡镇（街道）、村（社区）), so the
 * division — not the name, which offices reword (“xx村党群服务中心” / “xx村党群服务站”), nor the level,
 * which follows from the division and would turn a corrected level into a second centre — is the key,
 * and the key of an activity's row to its centre. An activity is known by its centre, its date and
 * its title (a centre holds one activity of a title on a day).
 */

const FUNCTION_NAMES = Object.values(PARTY_FUNCTION_LABELS).map((l) => l[0]);

const CENTRES: SheetSpec = {
  kind: 'centres',
  name: '党群服务中心',
  aliases: ['党群服务中心台账', '党群服务阵地', '中心', 'Centres', 'Party service centres'],
  nameEn: 'Centres',
  key: ['region'],
  columns: [
    {
      field: 'name',
      header: '中心名称',
      aliases: ['党群服务中心名称', '阵地名称', '名称', 'Centre name', 'Name'],
      en: 'Centre name',
      kind: { type: 'text', maxLength: 200 },
      required: true,
      description: { zh: '党群服务中心全称（挂牌名称）。', en: "The centre's full name, as on its plaque." },
      example: '北山街道党群服务中心',
    },
    divisionColumn({ zh: '中心所在区划', en: "The centre's division" }),
    {
      field: 'level',
      header: '层级',
      aliases: ['中心层级', '级别', 'Level'],
      en: 'Level',
      kind: { type: 'enum', values: enumValuesOf(PARTY_CENTRE_LEVEL_LABELS) },
      required: true,
      description: {
        zh: '县级、乡镇（街道）级、村级或社区级，须与所在区划的层级相符。',
        en: 'County, township, village or community level; it must match the level of its division.',
      },
      example: '乡镇（街道）级',
    },
    {
      field: 'functions',
      header: '服务功能',
      aliases: ['功能设置', '主要功能', '功能', 'Functions'],
      en: 'Functions',
      kind: { type: 'enumList', values: enumValuesOf(PARTY_FUNCTION_LABELS) },
      required: false,
      description: {
        zh: `中心提供的服务功能，多个用顿号（、）或逗号分隔，可选：${FUNCTION_NAMES.join('、')}；空白表示未填报。`,
        en: `The functions it offers, separated by 、 or commas, from: ${FUNCTION_NAMES.join(', ')}; empty means none reported.`,
      },
      example: '党员教育、政务服务、便民服务、志愿服务',
    },
    {
      field: 'serviceHallM2',
      header: '服务大厅面积(平方米)',
      aliases: ['服务大厅面积（平方米）', '服务大厅面积', '大厅面积', '服务面积', 'Service hall area (m²)', 'Service hall area'],
      en: 'Service hall area (m²)',
      kind: { type: 'decimal', min: 0, max: 100000 },
      required: true,
      description: { zh: '服务大厅的使用面积，单位平方米。', en: 'The floor area of its service hall, in square metres.' },
      example: '320',
    },
    {
      field: 'openingHours',
      header: '开放时间',
      aliases: ['服务时间', '办公时间', 'Opening hours'],
      en: 'Opening hours',
      kind: { type: 'text', maxLength: 200 },
      required: true,
      description: {
        zh: '对外公布的开放时间，如“周一至周日 08:30-20:30”。',
        en: 'Its published opening hours, e.g. 周一至周日 08:30-20:30 (Monday to Sunday).',
      },
      example: '周一至周日 08:30-20:30',
    },
  ],
};

const ACTIVITIES: SheetSpec = {
  kind: 'activities',
  name: '党群活动',
  aliases: ['活动台账', '党群活动台账', '活动', 'Activities'],
  nameEn: 'Activities',
  key: ['region', 'heldOn', 'title'],
  columns: [
    divisionColumn({ zh: '举办活动的党群服务中心所在区划', en: 'The division of the centre that held it' }),
    ...activityColumns({
      kinds: enumValuesOf(PARTY_ACTIVITY_KIND_LABELS),
      kindDescription: {
        zh: '主题党日、党课、志愿服务、文化活动或民情恳谈、咨询。',
        en: 'Theme Party day, Party lecture, volunteering, cultural event or consultation day.',
      },
      kindExample: '主题党日',
      titleExample: '主题党日：我为群众办实事',
      maxParticipants: 100_000,
      participantsExample: '45',
    }),
  ],
};

export const PARTY_IMPORT: TemplateSpec = {
  owner: 'party',
  title: { zh: '党群服务中心台账', en: 'Party-member service centres' },
  sheets: [CENTRES, ACTIVITIES],
};

/** The spec subgraphs/index.ts finds by the registry's name for this folder. */
export default PARTY_IMPORT;
