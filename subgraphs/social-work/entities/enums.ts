import { registerEnumType } from 'type-graphql';

export enum StationStatus {
  PLANNED = 'PLANNED',
  BUILDING = 'BUILDING',
  OPERATING = 'OPERATING',
}
registerEnumType(StationStatus, {
  name: 'StationStatus',
  description: 'Where a social-work station stands. 社工站建设状态。',
  valuesConfig: { PLANNED: { description: '计划建设' }, BUILDING: { description: '建设中' }, OPERATING: { description: '已建成运营' } },
});

export enum IndicatorKind {
  VENUE = 'VENUE',
  FUNDING = 'FUNDING',
  STAFF = 'STAFF',
  RULES = 'RULES',
  SERVICES = 'SERVICES',
}
registerEnumType(IndicatorKind, {
  name: 'IndicatorKind',
  description: 'The five indicators every station is checked on. 社工站五大指标。',
  valuesConfig: {
    VENUE: { description: '场所: floor area of its own service space (m²)' },
    FUNDING: { description: '经费: funds received this year against the yearly budget (yuan)' },
    STAFF: { description: '人员: certified social workers against the target of 3' },
    RULES: { description: '制度: management rules adopted' },
    SERVICES: { description: '服务: services delivered this year' },
  },
});

export enum IndicatorState {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
}
registerEnumType(IndicatorState, {
  name: 'IndicatorState',
  description: 'Completion of an indicator. 指标完成情况（未开始、推进中、已完成）。',
});

export enum ProgressStage {
  PLANNING = 'PLANNING',
  CONSTRUCTION = 'CONSTRUCTION',
  FITTING_OUT = 'FITTING_OUT',
  COMPLETED = 'COMPLETED',
  ACCEPTED = 'ACCEPTED',
}
registerEnumType(ProgressStage, {
  name: 'ProgressStage',
  description: 'Stage of construction in a progress report. 建设进度阶段。',
  valuesConfig: {
    PLANNING: { description: '规划选址' },
    CONSTRUCTION: { description: '施工建设' },
    FITTING_OUT: { description: '装修布置' },
    COMPLETED: { description: '建成' },
    ACCEPTED: { description: '验收通过' },
  },
});

export enum StaffRole {
  STATION_HEAD = 'STATION_HEAD',
  SOCIAL_WORKER = 'SOCIAL_WORKER',
  ASSISTANT = 'ASSISTANT',
}
registerEnumType(StaffRole, {
  name: 'StaffRole',
  description: 'Role at the station. 岗位。',
  valuesConfig: {
    STATION_HEAD: { description: '站长' },
    SOCIAL_WORKER: { description: '社会工作者' },
    ASSISTANT: { description: '辅助人员' },
  },
});

export enum CertifiedLevel {
  NONE = 'NONE',
  ASSISTANT_SOCIAL_WORKER = 'ASSISTANT_SOCIAL_WORKER',
  SOCIAL_WORKER = 'SOCIAL_WORKER',
  SENIOR_SOCIAL_WORKER = 'SENIOR_SOCIAL_WORKER',
}
registerEnumType(CertifiedLevel, {
  name: 'CertifiedLevel',
  description: 'National social-work qualification held. 社会工作者职业资格等级。',
  valuesConfig: {
    NONE: { description: '未持证' },
    ASSISTANT_SOCIAL_WORKER: { description: '助理社会工作师' },
    SOCIAL_WORKER: { description: '社会工作师' },
    SENIOR_SOCIAL_WORKER: { description: '高级社会工作师' },
  },
});

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

export enum ServiceDomain {
  SOCIAL_ASSISTANCE = 'SOCIAL_ASSISTANCE',
  ELDERLY_CARE = 'ELDERLY_CARE',
  CHILD_PROTECTION = 'CHILD_PROTECTION',
  DISABILITY_SERVICES = 'DISABILITY_SERVICES',
  COMMUNITY_GOVERNANCE = 'COMMUNITY_GOVERNANCE',
}
registerEnumType(ServiceDomain, {
  name: 'ServiceDomain',
  description: 'Field of service. 服务领域。',
  valuesConfig: {
    SOCIAL_ASSISTANCE: { description: '社会救助' },
    ELDERLY_CARE: { description: '养老服务' },
    CHILD_PROTECTION: { description: '儿童关爱保护' },
    DISABILITY_SERVICES: { description: '残疾人服务' },
    COMMUNITY_GOVERNANCE: { description: '社区治理' },
  },
});

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
