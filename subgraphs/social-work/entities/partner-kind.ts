import { registerEnumType } from 'type-graphql';

export enum PartnerKind {
  CIVIL_AFFAIRS_ASSISTANT = 'CIVIL_AFFAIRS_ASSISTANT',
  SOCIAL_ASSISTANCE_STAFF = 'SOCIAL_ASSISTANCE_STAFF',
  CHILD_DIRECTOR = 'CHILD_DIRECTOR',
  JUDICIAL_OFFICE = 'JUDICIAL_OFFICE',
  TRADE_UNION = 'TRADE_UNION',
  WOMENS_FEDERATION = 'WOMENS_FEDERATION',
  DISABLED_PERSONS_FEDERATION = 'DISABLED_PERSONS_FEDERATION',
  COMMUNITY_ORGANISATION = 'COMMUNITY_ORGANISATION',
  CHARITY = 'CHARITY',
  VOLUNTEERS = 'VOLUNTEERS',
}
registerEnumType(PartnerKind, {
  name: 'PartnerKind',
  description: 'Who a station works with. 联动力量。',
  valuesConfig: {
    CIVIL_AFFAIRS_ASSISTANT: { description: '民政助理员' },
    SOCIAL_ASSISTANCE_STAFF: { description: '社会救助经办人员' },
    CHILD_DIRECTOR: { description: '儿童主任' },
    JUDICIAL_OFFICE: { description: '司法所' },
    TRADE_UNION: { description: '工会' },
    WOMENS_FEDERATION: { description: '妇联' },
    DISABLED_PERSONS_FEDERATION: { description: '残联' },
    COMMUNITY_ORGANISATION: { description: '社区社会组织' },
    CHARITY: { description: '公益慈善组织' },
    VOLUNTEERS: { description: '志愿者' },
  },
});
