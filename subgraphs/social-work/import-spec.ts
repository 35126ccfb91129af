import { enumValuesOf } from '../../kit/sheets/enum-labels.js';
import { townshipColumn } from '../../kit/sheets/shared-columns.js';
import type { SheetSpec, TemplateSpec } from '../../kit/sheets/spec.js';
import { CERTIFIED_LEVEL_LABELS } from './entities/certified-level.js';
import { FUNDING_SOURCE_LABELS } from './entities/funding-source.js';
import { STAFF_ROLE_LABELS } from './entities/staff-role.js';

/**
 * Civil Affairs' import template. The stations sheet is the county's 社工站建设清单 as the provincial
 * notice lists it (所在乡镇(街道), 具体地址, 负责人, 配备资金, 工作进度, with 站点名称 for the name), so
 * an office's existing list imports as it is. One station per township (街道、乡镇): the township is a
 * station's key in Civil Affairs' own lists, and the key of the other sheets' rows to their station.
 */

const STATIONS: SheetSpec = {
  kind: 'stations',
  name: '社工站建设清单',
  aliases: ['社工站', '站点', '建设清单', 'Stations'],
  nameEn: 'Stations',
  key: ['township'],
  columns: [
    {
      field: 'name',
      header: '站点名称',
      aliases: ['社工站名称', '名称', 'Station name', 'Name'],
      en: 'Station name',
      kind: { type: 'text', maxLength: 100 },
      required: true,
      description: { zh: '社工站全称。', en: "The station's full name." },
      example: '西湖区北山街道社会工作站',
    },
    townshipColumn({ zh: '站点所在乡镇（街道）', en: "The station's township" }, '所在乡镇(街道)'),
    {
      field: 'address',
      header: '具体地址',
      aliases: ['地址', '详细地址', '站点地址', 'Address'],
      en: 'Address',
      kind: { type: 'text', maxLength: 200 },
      required: false,
      description: {
        zh: '站点所在建筑的地址；同一乡镇内地址相同的场所视为同一建筑（挂牌在同一场地）。',
        en: 'The address of its building; venues at the same address in one township share one site (their plaques hang on the same building).',
      },
      example: '杭州市西湖区北山街道保俶路 12 号',
    },
    {
      field: 'leader',
      header: '负责人',
      aliases: ['站长', '联系人', 'Person in charge', 'Leader'],
      en: 'Person in charge',
      kind: { type: 'text', maxLength: 50 },
      required: false,
      description: {
        zh: '站长或负责人姓名（个人信息，仅本部门和管理员可见）。',
        en: 'The head of the station (personal data: seen only by the department and admins).',
      },
      example: '张伟',
    },
    {
      field: 'leaderPhone',
      header: '联系电话',
      aliases: ['负责人电话', '电话', '手机', 'Phone'],
      en: 'Phone',
      kind: { type: 'phone' },
      required: false,
      description: { zh: '负责人的手机或座机号码。', en: 'The mobile or landline number of the person in charge.' },
      example: '13812345678',
    },
    {
      field: 'funding',
      header: '配备资金',
      aliases: ['资金', '建设资金', '投入资金', 'Funding'],
      en: 'Funding',
      kind: { type: 'money' },
      required: false,
      description: {
        zh: '为站点配备的资金，单位元；表头写明“（万元）”时按万元计。',
        en: 'The money allotted to the station, in yuan; in units of 10,000 yuan when the header says （万元）.',
      },
      example: '300000',
    },
    {
      field: 'progress',
      header: '工作进度',
      aliases: ['建设进度', '进度', '建设状态', 'Progress'],
      en: 'Progress',
      kind: { type: 'progress' },
      required: false,
      description: {
        zh: '已建成（已完成）、建设中（在建）、未启动，或完成百分比，如 60%。',
        en: 'Built (已建成/已完成), under construction (建设中/在建), not started (未启动), or a percentage such as 60%.',
      },
      example: '已建成',
    },
    {
      field: 'establishedYear',
      header: '建设年度',
      aliases: ['建站年份', '年度', 'Year built'],
      en: 'Year built',
      kind: { type: 'int', min: 2000, max: 2099 },
      required: false,
      description: { zh: '开始建设的年份。', en: 'The year construction began.' },
      example: '2021',
    },
    {
      field: 'completedOn',
      header: '建成日期',
      aliases: ['完成日期', 'Completed on'],
      en: 'Completed on',
      kind: { type: 'date' },
      required: false,
      description: { zh: '建成投入使用的日期。', en: 'The day it opened.' },
      example: '2021-06-02',
    },
    {
      field: 'acceptedOn',
      header: '验收日期',
      aliases: ['验收时间', '通过验收日期', 'Accepted on'],
      en: 'Accepted on',
      kind: { type: 'date' },
      required: false,
      description: {
        zh: '通过验收的日期（完成信息）；尚未验收的留空。',
        en: 'The day it passed acceptance (完成信息); empty until it has.',
      },
      example: '2021-09-30',
    },
    {
      field: 'operatorUscc',
      header: '运营机构统一社会信用代码',
      aliases: ['运营机构信用代码', '承接机构统一社会信用代码', 'Operator USCC'],
      en: 'Operator USCC',
      kind: { type: 'uscc' },
      required: false,
      description: {
        zh: '承接运营的社会组织的统一社会信用代码（18 位），须在“运营机构”表或系统中已有。',
        en: 'The 18-character unified social credit code of the organisation running it, listed on the operators sheet or already known.',
      },
      example: '52330106MJ0000001P',
    },
  ],
};

const OPERATORS: SheetSpec = {
  kind: 'operators',
  name: '运营机构',
  aliases: ['承接机构', '社会组织', 'Operators'],
  nameEn: 'Operators',
  key: ['uscc'],
  columns: [
    {
      field: 'name',
      header: '机构名称',
      aliases: ['名称', '社会组织名称', 'Name'],
      en: 'Name',
      kind: { type: 'text', maxLength: 100 },
      required: true,
      description: { zh: '社会组织登记名称。', en: 'The registered name of the organisation.' },
      example: '杭州市西湖区和谐社会工作服务中心',
    },
    {
      field: 'uscc',
      header: '统一社会信用代码',
      aliases: ['信用代码', 'USCC'],
      en: 'USCC',
      kind: { type: 'uscc' },
      required: true,
      description: {
        zh: '18 位统一社会信用代码（GB 32100），请将该列设为文本格式。',
        en: 'The 18-character unified social credit code (GB 32100); format the column as text.',
      },
      example: '52330106MJ0000001P',
    },
    {
      field: 'county',
      header: '登记地(县市区)',
      aliases: ['登记地（县市区）', '所在县(市、区)', '所在县（市、区）', '县(市、区)', 'County'],
      en: 'County of registration',
      kind: { type: 'region', level: 'COUNTY' },
      required: true,
      description: {
        zh: '登记管理机关所在的县（市、区）：名称或 6 位区划代码。',
        en: 'The county where it is registered: a name or the 6-digit code.',
      },
      example: '西湖区',
    },
  ],
};

const STAFF: SheetSpec = {
  kind: 'staff',
  name: '人员信息',
  aliases: ['人员', '工作人员', 'Staff'],
  nameEn: 'Staff',
  key: ['township', 'name'],
  columns: [
    townshipColumn({ zh: '所在社工站的乡镇（街道）', en: 'The township of its station' }, '所在乡镇(街道)'),
    {
      field: 'name',
      header: '姓名',
      aliases: ['Name'],
      en: 'Name',
      kind: { type: 'text', maxLength: 50 },
      required: true,
      description: { zh: '工作人员姓名（个人信息）。', en: 'Their name (personal data).' },
      example: '李娜',
    },
    {
      field: 'role',
      header: '岗位',
      aliases: ['职务', 'Role'],
      en: 'Role',
      kind: { type: 'enum', values: enumValuesOf(STAFF_ROLE_LABELS) },
      required: true,
      description: { zh: '站长、社会工作者或辅助人员。', en: 'Head of station, social worker or assistant.' },
      example: '社会工作者',
    },
    {
      field: 'certifiedLevel',
      header: '持证情况',
      aliases: ['职业资格', '持证等级', 'Qualification'],
      en: 'Qualification',
      kind: { type: 'enum', values: enumValuesOf(CERTIFIED_LEVEL_LABELS) },
      required: false,
      description: { zh: '社会工作者职业资格等级，空白视为未持证。', en: 'National social-work qualification; empty means none.' },
      example: '助理社会工作师',
    },
    {
      field: 'phone',
      header: '联系电话',
      aliases: ['电话', '手机', 'Phone'],
      en: 'Phone',
      kind: { type: 'phone' },
      required: false,
      description: { zh: '手机或座机号码（个人信息）。', en: 'Mobile or landline number (personal data).' },
      example: '13912345678',
    },
    {
      field: 'idCard',
      header: '身份证号码',
      aliases: ['身份证号', '公民身份号码', 'ID card number'],
      en: 'ID card number',
      kind: { type: 'idCard' },
      required: true,
      description: {
        zh: '18 位公民身份号码，校验位核对；只保存其摘要，不保存号码本身，报告中也不回显。',
        en: 'The 18-character resident identity number, check digit verified; only its digest is kept, never the number, and reports never show it.',
      },
      example: '33010619900101123X',
    },
  ],
};

const FUNDING: SheetSpec = {
  kind: 'funding',
  name: '资金信息',
  aliases: ['资金', '经费', 'Funding'],
  nameEn: 'Funding',
  key: ['township', 'year', 'source'],
  columns: [
    townshipColumn({ zh: '所在社工站的乡镇（街道）', en: 'The township of its station' }, '所在乡镇(街道)'),
    {
      field: 'year',
      header: '年度',
      aliases: ['年份', 'Year'],
      en: 'Year',
      kind: { type: 'int', min: 2000, max: 2099 },
      required: true,
      description: { zh: '资金所属年度。', en: 'The year of the money.' },
      example: '2021',
    },
    {
      field: 'source',
      header: '资金来源',
      aliases: ['来源', 'Source'],
      en: 'Source',
      kind: { type: 'enum', values: enumValuesOf(FUNDING_SOURCE_LABELS) },
      required: true,
      description: {
        zh: '省级、市级、县级财政，乡镇（街道），福彩公益金或社会捐赠。',
        en: 'Provincial, municipal or county budget, township, welfare lottery or donations.',
      },
      example: '县级财政',
    },
    {
      field: 'amount',
      header: '金额',
      aliases: ['资金金额', '金额(元)', 'Amount'],
      en: 'Amount',
      kind: { type: 'money' },
      required: true,
      description: { zh: '单位元；表头写明“（万元）”时按万元计。', en: 'In yuan; in units of 10,000 yuan when the header says （万元）.' },
      example: '150000',
    },
    {
      field: 'purpose',
      header: '用途',
      aliases: ['资金用途', '备注说明', 'Purpose'],
      en: 'Purpose',
      kind: { type: 'text', maxLength: 200 },
      required: false,
      description: { zh: '资金用途。', en: 'What it pays for.' },
      example: '政府购买社会工作服务',
    },
  ],
};

export const SOCIAL_WORK_IMPORT: TemplateSpec = {
  owner: 'social-work',
  title: { zh: '乡镇（街道）社工站建设清单', en: 'Township social-work stations' },
  sheets: [STATIONS, OPERATORS, STAFF, FUNDING],
};

/** The spec subgraphs/index.ts finds by the registry's name for this folder. */
export default SOCIAL_WORK_IMPORT;
