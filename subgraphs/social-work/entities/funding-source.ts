import { registerEnumType } from 'type-graphql';

export enum FundingSource {
  PROVINCIAL = 'PROVINCIAL',
  MUNICIPAL = 'MUNICIPAL',
  COUNTY = 'COUNTY',
  TOWNSHIP = 'TOWNSHIP',
  WELFARE_LOTTERY = 'WELFARE_LOTTERY',
  SOCIAL_DONATION = 'SOCIAL_DONATION',
}
registerEnumType(FundingSource, {
  name: 'FundingSource',
  description: 'Where money came from. 资金来源。',
  valuesConfig: {
    PROVINCIAL: { description: '省级财政' },
    MUNICIPAL: { description: '市级财政' },
    COUNTY: { description: '县级财政' },
    TOWNSHIP: { description: '乡镇（街道）' },
    WELFARE_LOTTERY: { description: '福彩公益金' },
    SOCIAL_DONATION: { description: '社会捐赠' },
  },
});
