import { registerEnumType } from 'type-graphql';
import { type EnumLabels, valuesConfigOf } from '../../../kit/sheets/enum-labels.js';

export enum PartyCentreLevel {
  COUNTY = 'COUNTY',
  TOWNSHIP = 'TOWNSHIP',
  VILLAGE = 'VILLAGE',
  COMMUNITY = 'COMMUNITY',
}
/** Its labels (kit/sheets/enum-labels.ts): the first is the schema's description and the import template's choice. */
export const PARTY_CENTRE_LEVEL_LABELS: EnumLabels<PartyCentreLevel> = {
  COUNTY: ['县级', '县(市、区)级', '县区级', '县'],
  TOWNSHIP: ['乡镇（街道）级', '乡镇级', '街道级', '乡镇', '街道'],
  VILLAGE: ['村级', '行政村', '村'],
  COMMUNITY: ['社区级', '城市社区', '社区'],
};

registerEnumType(PartyCentreLevel, {
  name: 'PartyCentreLevel',
  description: 'Level of a Party-member service centre. 党群服务中心层级。',
  valuesConfig: valuesConfigOf(PARTY_CENTRE_LEVEL_LABELS),
});
