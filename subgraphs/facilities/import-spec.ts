import { BOOKING_LIMIT_DEFAULTS } from './migrations/006-booking-limits.js';
import { enumValuesOf } from '../../kit/sheets/enum-labels.js';
import { townshipColumn } from '../../kit/sheets/shared-columns.js';
import type { ColumnSpec, SheetSpec, TemplateSpec } from '../../kit/sheets/spec.js';
import { COORDINATE_SYSTEM_LABELS } from './entities/coordinate-system.js';
import { DEPARTMENT_LABELS } from './entities/department.js';
import { EQUIPMENT_KIND_LABELS } from './entities/equipment-kind.js';
import { SPACE_KIND_LABELS } from './entities/space-kind.js';
import { WHO_MAY_BOOK_LABELS } from './entities/who-may-book.js';

/**
 * The shared layer's import template, filled by a township (or the platform) for its buildings: the
 * sites (场地: the buildings the departments' plaques hang on), their rooms and spaces (功能室), the
 * equipment in each room, and each room's sharing rule.
 *
 * Keys: a site is known by its township and its name (a township's list names each building once:
 * “北山街道党群服务中心”, “宝石社区党群服务中心”); a room by its site and its name (会议室, 多功能厅);
 * a piece of equipment by its room and its name; a sharing rule by its room (one rule per room). So a
 * room's row repeats its site's township and name, and equipment's and rules' rows the room's name too:
 * the generated ids (site-330106002, site-330106002-r1, …-e1) never appear in a township's own list.
 */

type Text = { zh: string; en: string };

const site = (description: Text): ColumnSpec => ({
  field: 'site',
  header: '所属场地',
  aliases: ['场地名称', '所在场地', '场地', '所属阵地', 'Site'],
  en: 'Site',
  kind: { type: 'text', maxLength: 200 },
  required: true,
  description: {
    zh: `${description.zh}：与“场地”表（或系统中已有场地）的场地名称一致。`,
    en: `${description.en}: as named on the sites sheet (or a site already known).`,
  },
  example: '北山街道党群服务中心',
});

const room = (description: Text): ColumnSpec => ({
  field: 'room',
  header: '所属功能室',
  aliases: ['功能室名称', '空间名称', '房间名称', '所在功能室', '功能室', '房间', 'Room'],
  en: 'Room',
  kind: { type: 'text', maxLength: 200 },
  required: true,
  description: {
    zh: `${description.zh}：与“功能室”表（或系统中已有功能室）的名称一致。`,
    en: `${description.en}: as named on the rooms sheet (or a room already known).`,
  },
  example: '多功能厅',
});

const DEPARTMENT_NAMES = Object.values(DEPARTMENT_LABELS).map((l) => l[0]);

const SITES: SheetSpec = {
  kind: 'sites',
  name: '场地',
  aliases: ['场地信息', '场地清单', '阵地场所', 'Sites'],
  nameEn: 'Sites',
  key: ['township', 'name'],
  columns: [
    {
      field: 'name',
      header: '场地名称',
      aliases: ['建筑名称', '阵地名称', '名称', 'Site name', 'Name'],
      en: 'Site name',
      kind: { type: 'text', maxLength: 200 },
      required: true,
      description: {
        zh: '建筑（场地）的名称，一般为其主要挂牌的名称；同一乡镇内不重名。',
        en: 'The name of the building, usually that of its main plaque; unique within its township.',
      },
      example: '北山街道党群服务中心',
    },
    townshipColumn({ zh: '场地所在乡镇（街道）', en: "The site's township" }),
    {
      field: 'village',
      header: '所属村(社区)',
      aliases: ['所属村（社区）', '所在村(社区)', '所在村（社区）', '村(社区)', '村（社区）', '村社区', 'Village (community)', 'Village'],
      en: 'Village (community)',
      kind: { type: 'region', level: 'VILLAGE' },
      required: false,
      description: {
        zh: '场地在村（社区）时填写：村（社区）名称（在所属乡镇内）或 12 位区划代码；乡镇（街道）本级的场地留空。',
        en: 'For a site in a village or community: its name (within the township) or 12-digit code; empty for a site of the township itself.',
      },
      example: '',
    },
    {
      field: 'address',
      header: '详细地址',
      aliases: ['地址', '具体地址', '场地地址', 'Address'],
      en: 'Address',
      kind: { type: 'text', maxLength: 300 },
      required: true,
      description: { zh: '建筑的地址。', en: "The building's postal address." },
      example: '浙江省杭州市西湖区北山街道保俶路12号',
    },
    {
      field: 'lng',
      header: '经度',
      aliases: ['东经', 'Longitude', 'Lng'],
      en: 'Longitude',
      kind: { type: 'decimal', min: 118, max: 123.5 },
      required: true,
      description: {
        zh: '经度（十进制度，浙江省内约 118 至 123.5），按“坐标系”列所写的坐标系。',
        en: 'Longitude in decimal degrees (about 118 to 123.5 in Zhejiang), in the coordinate system of its column.',
      },
      example: '120.148456',
    },
    {
      field: 'lat',
      header: '纬度',
      aliases: ['北纬', 'Latitude', 'Lat'],
      en: 'Latitude',
      kind: { type: 'decimal', min: 27, max: 31.5 },
      required: true,
      description: {
        zh: '纬度（十进制度，浙江省内约 27 至 31.5），按“坐标系”列所写的坐标系。',
        en: 'Latitude in decimal degrees (about 27 to 31.5 in Zhejiang), in the coordinate system of its column.',
      },
      example: '30.262531',
    },
    {
      field: 'crs',
      header: '坐标系',
      aliases: ['坐标系统', '坐标类型', 'Coordinate system', 'CRS'],
      en: 'Coordinate system',
      kind: { type: 'enum', values: enumValuesOf(COORDINATE_SYSTEM_LABELS) },
      required: false,
      description: {
        zh: '经纬度的坐标系：GCJ-02（高德、腾讯地图）、BD-09（百度地图）、WGS84（GPS）或 CGCS2000（天地图）；空白按 GCJ-02。',
        en: 'The datum of the coordinates: GCJ-02 (Amap, Tencent), BD-09 (Baidu), WGS84 (GPS) or CGCS2000 (Tianditu); empty means GCJ-02.',
      },
      example: 'GCJ-02',
    },
  ],
};

const ROOMS: SheetSpec = {
  kind: 'rooms',
  name: '功能室',
  aliases: ['功能室清单', '空间', '房间', '场所空间', 'Rooms', 'Spaces'],
  nameEn: 'Rooms',
  key: ['township', 'site', 'name'],
  columns: [
    townshipColumn({ zh: '所属场地的乡镇（街道）', en: 'The township of its site' }),
    site({ zh: '功能室所在的场地', en: 'The site the room is in' }),
    {
      field: 'name',
      header: '功能室名称',
      aliases: ['空间名称', '房间名称', '名称', 'Room name', 'Name'],
      en: 'Room name',
      kind: { type: 'text', maxLength: 200 },
      required: true,
      description: { zh: '功能室（房间、场地）的名称，同一场地内不重名。', en: 'The name of the room or area; unique within its site.' },
      example: '多功能厅',
    },
    {
      field: 'kind',
      header: '功能室类型',
      aliases: ['空间类型', '类型', '用途', 'Kind'],
      en: 'Kind',
      kind: { type: 'enum', values: enumValuesOf(SPACE_KIND_LABELS) },
      required: true,
      description: {
        zh: '多功能厅、会议室、活动室、阅览室、培训教室、心理咨询室（个案工作室，不对外共享）、文体活动室或室外广场。',
        en: 'Hall, meeting room, activity room, reading room, training room, counselling room (never shared), sports room or outdoor square.',
      },
      example: '多功能厅',
    },
    {
      field: 'capacity',
      header: '容纳人数',
      aliases: ['可容纳人数', '座位数', '容量', 'Capacity'],
      en: 'Capacity',
      kind: { type: 'int', min: 1, max: 100000 },
      required: true,
      description: { zh: '可容纳的人数（座位数）。', en: 'Seats or people it holds.' },
      example: '120',
    },
    {
      field: 'areaM2',
      header: '面积(平方米)',
      aliases: ['面积（平方米）', '使用面积', '面积', 'Area (m²)', 'Area'],
      en: 'Area (m²)',
      kind: { type: 'decimal', min: 0, max: 100000 },
      required: true,
      description: { zh: '使用面积，单位平方米。', en: 'Floor area in square metres.' },
      example: '260',
    },
    {
      field: 'shareable',
      header: '是否对外共享',
      aliases: ['可否共享', '是否开放共享', '对外共享', 'Shareable'],
      en: 'Shareable',
      kind: { type: 'bool' },
      required: true,
      description: {
        zh: '是否可供其他部门预约使用（心理咨询室、个案工作室应为否）。',
        en: 'Whether other departments may book it (counselling rooms: no).',
      },
      example: '是',
    },
  ],
};

const EQUIPMENT: SheetSpec = {
  kind: 'equipment',
  name: '设施设备',
  aliases: ['设备', '设备清单', '设施设备清单', 'Equipment'],
  nameEn: 'Equipment',
  key: ['township', 'site', 'room', 'name'],
  columns: [
    townshipColumn({ zh: '所属场地的乡镇（街道）', en: 'The township of its site' }),
    site({ zh: '设备所在的场地', en: 'The site it is kept at' }),
    room({ zh: '设备所在的功能室', en: 'The room it is kept in' }),
    {
      field: 'name',
      header: '设备名称',
      aliases: ['设施名称', '名称', 'Equipment name', 'Name'],
      en: 'Equipment name',
      kind: { type: 'text', maxLength: 200 },
      required: true,
      description: { zh: '设备的名称（同一功能室内不重名）。', en: 'Its name (unique within its room).' },
      example: '无线话筒',
    },
    {
      field: 'kind',
      header: '设备类型',
      aliases: ['设施类型', '类型', '类别', 'Kind'],
      en: 'Kind',
      kind: { type: 'enum', values: enumValuesOf(EQUIPMENT_KIND_LABELS) },
      required: true,
      description: {
        zh: '投影仪、LED 显示屏、音响、话筒、电脑、书架、乒乓球桌或钢琴、电子琴。',
        en: 'Projector, LED screen, sound system, microphone, computer, bookshelf, table-tennis table or piano.',
      },
      example: '话筒',
    },
    {
      field: 'quantity',
      header: '数量',
      aliases: ['台(套)数', '件数', 'Quantity'],
      en: 'Quantity',
      kind: { type: 'int', min: 1, max: 10000 },
      required: true,
      description: { zh: '台（套、件）数。', en: 'How many.' },
      example: '4',
    },
  ],
};

const SHARING_RULES: SheetSpec = {
  kind: 'sharing-rules',
  name: '共享规则',
  aliases: ['共享设置', '预约规则', '开放共享规则', 'Sharing rules'],
  nameEn: 'Sharing rules',
  key: ['township', 'site', 'room'],
  columns: [
    townshipColumn({ zh: '所属场地的乡镇（街道）', en: 'The township of its site' }),
    site({ zh: '功能室所在的场地', en: 'The site of the room' }),
    room({ zh: '规则适用的功能室（每个功能室一条）', en: 'The room the rule is for (one rule per room)' }),
    {
      field: 'managingDept',
      header: '管理部门',
      aliases: ['管理单位', '主管部门', '审批部门', 'Managing department'],
      en: 'Managing department',
      kind: { type: 'enum', values: enumValuesOf(DEPARTMENT_LABELS) },
      required: true,
      description: {
        zh: '管理该功能室并审批预约的部门。',
        en: 'The department that manages the room and approves requests.',
      },
      example: DEPARTMENT_LABELS.party[0],
    },
    {
      field: 'shared',
      header: '是否共享',
      aliases: ['是否开放', '开放共享', 'Shared'],
      en: 'Shared',
      kind: { type: 'bool' },
      required: true,
      description: {
        zh: '是否向其他部门开放预约（心理咨询室、个案工作室应为否）。',
        en: 'Whether it is offered to other departments at all (counselling rooms: no).',
      },
      example: '是',
    },
    {
      field: 'openingHours',
      header: '开放时间',
      aliases: ['开放时段', '可预约时间', 'Opening hours'],
      en: 'Opening hours',
      kind: { type: 'weeklyHours' },
      required: true,
      description: {
        zh: '每周开放的时段：星期（周一至周五、周六、周日，或用顿号列举“周一、周三”）后接一个或多个 HH:MM-HH:MM 时段，时段间用逗号；不同星期的安排用分号隔开，如“周一至周五 09:00-12:00,14:00-17:30；周六 09:00-12:00”。',
        en: 'The weekly hours: days (周一至周五 = Monday to Friday, 周六 Saturday, 周日 Sunday, or a list such as 周一、周三) followed by one or more HH:MM-HH:MM spans separated by commas; separate the days with different hours by semicolons, e.g. 周一至周五 09:00-12:00,14:00-17:30；周六 09:00-12:00.',
      },
      example: '周一至周五 09:00-12:00,14:00-17:30',
    },
    {
      field: 'minNoticeHours',
      header: '提前预约小时数',
      aliases: ['最短提前预约时间(小时)', '最短提前预约时间', '提前预约时间', 'Notice hours'],
      en: 'Notice hours',
      kind: { type: 'int', min: 0, max: 720 },
      required: true,
      description: { zh: '预约至少需提前的小时数（如 24 即提前一天）。', en: 'Hours of notice a request needs (24 is a day).' },
      example: '72',
    },
    {
      field: 'maxDurationHours',
      header: '单次最长使用小时数',
      aliases: ['单次最长使用时间(小时)', '单次最长使用时间', '最长使用时长', 'Max duration hours'],
      en: 'Max duration hours',
      kind: { type: 'int', min: 1, max: 24 },
      required: true,
      description: { zh: '一次预约最长可使用的小时数。', en: 'The longest booking, in hours.' },
      example: '8',
    },
    {
      field: 'maxDaysAhead',
      header: '最远可提前预约天数',
      aliases: ['最远预约天数', '可提前预约天数', 'Days ahead'],
      en: 'Days ahead',
      kind: { type: 'int', min: 1, max: 730 },
      required: false,
      description: {
        zh: `预约开始时间最远可在多少天之后；留空为 ${BOOKING_LIMIT_DEFAULTS.maxDaysAhead} 天。`,
        en: `How many days ahead a booking may start; empty: ${BOOKING_LIMIT_DEFAULTS.maxDaysAhead}.`,
      },
      example: '90',
    },
    {
      field: 'minDurationMinutes',
      header: '单次最短使用分钟数',
      aliases: ['最短使用时长(分钟)', '最短使用时长', 'Min duration minutes'],
      en: 'Min duration minutes',
      kind: { type: 'int', min: 5, max: 1440 },
      required: false,
      description: {
        zh: `一次预约最短的分钟数；留空为 ${BOOKING_LIMIT_DEFAULTS.minDurationMinutes} 分钟。`,
        en: `The shortest booking, in minutes; empty: ${BOOKING_LIMIT_DEFAULTS.minDurationMinutes}.`,
      },
      example: '30',
    },
    {
      field: 'stepMinutes',
      header: '预约时间步长(分钟)',
      aliases: ['时间步长', '预约步长', 'Step minutes'],
      en: 'Step minutes',
      kind: { type: 'int', min: 5, max: 60 },
      required: false,
      description: {
        zh: `预约须在从零点起按此分钟数划分的时刻开始和结束（如 15 即 :00、:15、:30、:45）；留空为 ${BOOKING_LIMIT_DEFAULTS.stepMinutes}。`,
        en: `Bookings start and end on this step of the clock, counted from midnight (15: :00, :15, :30, :45); empty: ${BOOKING_LIMIT_DEFAULTS.stepMinutes}.`,
      },
      example: '15',
    },
    {
      field: 'monthlyQuotaHours',
      header: '每部门每月限额小时数',
      aliases: ['每月限额(小时)', '月度限额', 'Monthly quota hours'],
      en: 'Monthly quota hours',
      kind: { type: 'int', min: 1, max: 744 },
      required: false,
      description: {
        zh: `同一申请部门每个自然月最多可预约（含待审批）的小时数，管理部门不受限；留空为 ${BOOKING_LIMIT_DEFAULTS.monthlyQuotaHours} 小时。`,
        en: `Hours a calendar month one requesting department may hold (requested or approved), the managing department excepted; empty: ${BOOKING_LIMIT_DEFAULTS.monthlyQuotaHours}.`,
      },
      example: '40',
    },
    {
      field: 'whoMayBook',
      header: '可预约对象',
      aliases: ['预约对象', '开放对象', 'Who may book'],
      en: 'Who may book',
      kind: { type: 'enum', values: enumValuesOf(WHO_MAY_BOOK_LABELS) },
      required: true,
      description: {
        zh: '任何部门、同一辖区的部门，或仅“指定部门”列所列的部门。',
        en: 'Any department, the departments of the same region, or only those in the named-departments column.',
      },
      example: WHO_MAY_BOOK_LABELS.ANY_DEPARTMENT[0],
    },
    {
      field: 'allowedDepts',
      header: '指定部门',
      aliases: ['可预约部门', '限定部门', 'Named departments', 'Allowed departments'],
      en: 'Named departments',
      kind: { type: 'enumList', values: enumValuesOf(DEPARTMENT_LABELS) },
      required: false,
      description: {
        zh: `可预约对象为“指定部门”时填写，多个用顿号（、）或逗号分隔，可写：${DEPARTMENT_NAMES.join('、')}，或其简称（组织部、宣传部、文旅局、民政局等）；其他情况留空。`,
        en: `When only named departments may book: the departments, separated by 、 or commas (${DEPARTMENT_NAMES.join(', ')}, or their short names); empty otherwise.`,
      },
      example: '',
    },
    {
      field: 'needsApproval',
      header: '是否需要审批',
      aliases: ['需审批', '是否审批', '审批', 'Needs approval'],
      en: 'Needs approval',
      kind: { type: 'bool' },
      required: true,
      description: {
        zh: '预约是否须经管理部门审批（否则提交即通过）。',
        en: 'Whether a request waits for the managing department’s approval (else it is approved at once).',
      },
      example: '是',
    },
    {
      field: 'closedOnPublicHolidays',
      header: '法定节假日是否闭馆',
      aliases: ['节假日闭馆', '法定节假日闭馆', 'Closed on public holidays'],
      en: 'Closed on public holidays',
      kind: { type: 'bool' },
      required: false,
      description: { zh: '法定节假日是否闭馆；空白视为否（照常开放）。', en: 'Closed on public holidays; empty means no (open as usual).' },
      example: '是',
    },
  ],
};

export const FACILITIES_IMPORT: TemplateSpec = {
  owner: 'facilities',
  title: { zh: '场地、功能室和共享规则', en: 'Sites, rooms and sharing rules' },
  sheets: [SITES, ROOMS, EQUIPMENT, SHARING_RULES],
};

/** The spec subgraphs/index.ts finds by the registry's name for this folder. */
export default FACILITIES_IMPORT;
