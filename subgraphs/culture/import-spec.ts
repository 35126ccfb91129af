import { enumValuesOf } from '../../kit/sheets/enum-labels.js';
import { activityColumns, townshipColumn } from '../../kit/sheets/shared-columns.js';
import type { SheetSpec, TemplateSpec } from '../../kit/sheets/spec.js';
import { CULTURE_ACTIVITY_KIND_LABELS } from './entities/culture-activity-kind.js';
import { CULTURE_GRADE_LABELS } from './entities/culture-grade.js';

/**
 * Culture & Tourism's import template: the county's list of 乡镇综合文化站 as the assessment and
 * grading (评估定级) asks for it — 等级, 建筑面积, 每周开放时长, 年开放天数, 专职/兼职人员, 业务指导
 * 单位 — and the stations' activities (活动台账).
 *
 * Key: the township. There is one comprehensive culture station per township (街道、乡镇; its id is
 * culture-<township code>), and the department's lists name a station by its township, so the township
 * is a station's key and the key of an activity's row to its station. An activity is known by its
 * station, its date and its title.
 */

const STATIONS: SheetSpec = {
  kind: 'stations',
  name: '综合文化站',
  aliases: ['乡镇综合文化站', '文化站', '文化站名录', 'Stations', 'Culture stations'],
  nameEn: 'Stations',
  key: ['township'],
  columns: [
    {
      field: 'name',
      header: '文化站名称',
      aliases: ['站点名称', '名称', 'Station name', 'Name'],
      en: 'Station name',
      kind: { type: 'text', maxLength: 200 },
      required: true,
      description: { zh: '综合文化站全称（挂牌名称）。', en: "The station's full name, as on its plaque." },
      example: '北山街道综合文化站',
    },
    townshipColumn({ zh: '文化站所在乡镇（街道）', en: "The station's township" }),
    {
      field: 'grade',
      header: '等级',
      aliases: ['评估等级', '定级', '站点等级', 'Grade'],
      en: 'Grade',
      kind: { type: 'enum', values: enumValuesOf(CULTURE_GRADE_LABELS) },
      required: true,
      description: {
        zh: '最近一次评估定级的结果：特级站、一级站、二级站、三级站，未参评或未达标为未定级。',
        en: 'The grade of the latest assessment: special, first, second or third grade; unrated when not assessed or below grade.',
      },
      example: '一级站',
    },
    {
      field: 'buildingAreaM2',
      header: '建筑面积(平方米)',
      aliases: ['建筑面积（平方米）', '建筑面积', '站舍面积', '面积', 'Building area (m²)', 'Building area'],
      en: 'Building area (m²)',
      kind: { type: 'decimal', min: 0, max: 100000 },
      required: true,
      description: { zh: '站舍建筑面积，单位平方米。', en: 'The floor area of its building, in square metres.' },
      example: '1200',
    },
    {
      field: 'weeklyOpenHours',
      header: '每周开放时长(小时)',
      aliases: ['每周开放时长（小时）', '每周开放时长', '周开放时间', '每周开放小时数', 'Weekly opening hours'],
      en: 'Weekly opening hours',
      kind: { type: 'int', min: 0, max: 168 },
      required: true,
      description: {
        zh: '每周对外开放的小时数（评估标准一般不少于 42 小时）。',
        en: 'Hours open each week (the assessment usually asks for at least 42).',
      },
      example: '48',
    },
    {
      field: 'openDaysPerYear',
      header: '年开放天数',
      aliases: ['全年开放天数', '开放天数', 'Days open per year'],
      en: 'Days open per year',
      kind: { type: 'int', min: 0, max: 366 },
      required: true,
      description: { zh: '上一年度对外开放的天数。', en: 'Days open in the past year.' },
      example: '330',
    },
    {
      field: 'fullTimeStaff',
      header: '专职人员数',
      aliases: ['专职人员', '专职工作人员', '在编人员', 'Full-time staff'],
      en: 'Full-time staff',
      kind: { type: 'int', min: 0, max: 1000 },
      required: true,
      description: { zh: '专职工作人员人数（仅本部门和管理员可见）。', en: 'Full-time staff (seen only by the department and admins).' },
      example: '2',
    },
    {
      field: 'partTimeStaff',
      header: '兼职人员数',
      aliases: ['兼职人员', '兼职工作人员', '公益岗位人员', 'Part-time staff'],
      en: 'Part-time staff',
      kind: { type: 'int', min: 0, max: 1000 },
      required: false,
      description: { zh: '兼职人员和公益性岗位人数，空白视为 0。', en: 'Part-time staff and public-welfare posts; empty means none.' },
      example: '3',
    },
    {
      field: 'guidingUnit',
      header: '业务指导单位',
      aliases: ['指导单位', '业务主管单位', 'Guiding unit'],
      en: 'Guiding unit',
      kind: { type: 'text', maxLength: 200 },
      required: true,
      description: {
        zh: '指导文化站业务的单位，一般为县（市、区）文化馆。',
        en: 'The unit that guides its work, usually the county culture centre (文化馆).',
      },
      example: '西湖区文化馆',
    },
  ],
};

const ACTIVITIES: SheetSpec = {
  kind: 'activities',
  name: '文化活动',
  aliases: ['活动台账', '文化活动台账', '活动', 'Activities'],
  nameEn: 'Activities',
  key: ['township', 'heldOn', 'title'],
  columns: [
    townshipColumn({ zh: '举办活动的文化站所在乡镇（街道）', en: 'The township of the station that held it' }),
    ...activityColumns({
      kinds: enumValuesOf(CULTURE_ACTIVITY_KIND_LABELS),
      kindDescription: {
        zh: '文艺演出、展览、培训、阅读推广、电影放映或体育健身。',
        en: 'Performance, exhibition, training, reading promotion, film screening or sports.',
      },
      kindExample: '阅读推广',
      titleExample: '全民阅读分享会',
      maxParticipants: 1_000_000,
      participantsExample: '80',
    }),
  ],
};

export const CULTURE_IMPORT: TemplateSpec = {
  owner: 'culture',
  title: { zh: '乡镇综合文化站名录', en: 'Township comprehensive culture stations' },
  sheets: [STATIONS, ACTIVITIES],
};

/** The spec subgraphs/index.ts finds by the registry's name for this folder. */
export default CULTURE_IMPORT;
