import { registerEnumType } from 'type-graphql';
import { type EnumLabels, valuesConfigOf } from '../../../kit/sheets/enum-labels.js';

export enum FundingSource {
  PROVINCIAL = 'PROVINCIAL',
  MUNICIPAL = 'MUNICIPAL',
  COUNTY = 'COUNTY',
  TOWNSHIP = 'TOWNSHIP',
  WELFARE_LOTTERY = 'WELFARE_LOTTERY',
  SOCIAL_DONATION = 'SOCIAL_DONATION',
}
/** Its labels (kit/sheets/enum-labels.ts): the first is the schema's description and the import template's choice. */
export const FUNDING_SOURCE_LABELS: EnumLabels<FundingSource> = {
  PROVINCIAL: ['省级财政', '省级', '省财政'],
  MUNICIPAL: ['市级财政', '市级', '市财政'],
  COUNTY: ['县级财政', '县级', '县财政', '区级财政'],
  TOWNSHIP: ['乡镇（街道）', '乡镇', '街道', '乡镇财政'],
  WELFARE_LOTTERY: ['福彩公益金', '福利彩票公益金'],
  SOCIAL_DONATION: ['社会捐赠', '捐赠', '慈善捐赠'],
};

registerEnumType(FundingSource, {
  name: 'FundingSource',
  description: 'Where money came from. 资金来源。',
  valuesConfig: valuesConfigOf(FUNDING_SOURCE_LABELS),
});
