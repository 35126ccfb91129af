import { enumValuesOf } from '../../kit/sheets/enum-labels.js';
import { divisionColumn } from '../../kit/sheets/shared-columns.js';
import type { SheetSpec, TemplateSpec } from '../../kit/sheets/spec.js';
import { PRACTICE_TIER_LABELS } from './entities/practice-tier.js';
import { TEAM_LEVEL_LABELS } from './entities/team-level.js';

/**
 * The Propaganda Department's import template: its list of 新时代文明实践阵地 (the county's 实践中心,
 * each township's 实践所, each village's or community's 实践站) and their volunteer teams (志愿服务
 * 总队、分队、小队).
 *
 * Key: a unit's division. The registry keeps one unit per division (its id is practice-<region code>)
 * and the tier follows from the division (中心 at the county, 所 at a township, 站 in a village or
 * community), so the division alone is the key: a row correcting a unit's tier updates it rather than
 * adding a second unit there. A unit's parent is not a column: it is the unit of the nearest division
 * above (a station's township institute, or the county centre for villages of a development zone).
 * A team is known by its unit's division and its name; its level (总队/分队/小队) mirrors its unit's
 * tier, and its parent team is the team of the unit above.
 *
 * Service orders (点单 → 派单 → 接单 → 评单) are not imported: they are made and moved through their
 * cycle on the platform, with no key of their own in any office's list.
 */

const UNITS: SheetSpec = {
  kind: 'units',
  name: '实践阵地',
  aliases: ['新时代文明实践阵地', '实践中心所站', '阵地', 'Units', 'Practice units'],
  nameEn: 'Units',
  key: ['region'],
  columns: [
    {
      field: 'name',
      header: '阵地名称',
      aliases: ['实践阵地名称', '中心(所、站)名称', '名称', 'Unit name', 'Name'],
      en: 'Unit name',
      kind: { type: 'text', maxLength: 200 },
      required: true,
      description: { zh: '实践中心、所、站的全称（挂牌名称）。', en: "The unit's full name, as on its plaque." },
      example: '北山街道新时代文明实践所',
    },
    divisionColumn({ zh: '阵地所在区划', en: "The unit's division" }),
    {
      field: 'tier',
      header: '阵地类别',
      aliases: ['层级', '类别', '阵地层级', 'Tier'],
      en: 'Tier',
      kind: { type: 'enum', values: enumValuesOf(PRACTICE_TIER_LABELS) },
      required: true,
      description: {
        zh: '实践中心（县级）、实践所（乡镇、街道）、实践站（村、社区）或实践点，须与所在区划的层级相符。',
        en: 'Centre (county), institute (township), station (village or community) or point; it must match the level of its division.',
      },
      example: '实践所 (township)',
    },
  ],
};

const TEAMS: SheetSpec = {
  kind: 'teams',
  name: '志愿服务队',
  aliases: ['志愿队伍', '志愿服务队伍', '队伍', 'Teams', 'Volunteer teams'],
  nameEn: 'Volunteer teams',
  key: ['region', 'name'],
  columns: [
    divisionColumn({ zh: '队伍所属实践阵地的区划', en: 'The division of the unit it belongs to' }),
    {
      field: 'name',
      header: '队伍名称',
      aliases: ['志愿服务队名称', '志愿队名称', '名称', 'Team name', 'Name'],
      en: 'Team name',
      kind: { type: 'text', maxLength: 200 },
      required: true,
      description: { zh: '志愿服务队全称。', en: "The team's full name." },
      example: '北山街道志愿服务分队',
    },
    {
      field: 'level',
      header: '队伍层级',
      aliases: ['层级', '级别', 'Level'],
      en: 'Level',
      kind: { type: 'enum', values: enumValuesOf(TEAM_LEVEL_LABELS) },
      required: true,
      description: {
        zh: '总队（实践中心）、分队（实践所）或小队（实践站），与所属阵地的层级对应。',
        en: 'Corps (centre), division (institute) or squad (station), matching the tier of its unit.',
      },
      example: '分队 (institute)',
    },
    {
      field: 'members',
      header: '队员人数',
      aliases: ['注册志愿者人数', '志愿者人数', '人数', 'Members'],
      en: 'Members',
      kind: { type: 'int', min: 0, max: 100000 },
      required: true,
      description: { zh: '在册志愿者人数。', en: 'Registered volunteers.' },
      example: '120',
    },
  ],
};

export const PRACTICE_IMPORT: TemplateSpec = {
  owner: 'practice',
  title: { zh: '新时代文明实践阵地和志愿服务队', en: 'Civilization-practice units and volunteer teams' },
  sheets: [UNITS, TEAMS],
};

/** The spec subgraphs/index.ts finds by the registry's name for this folder. */
export default PRACTICE_IMPORT;
