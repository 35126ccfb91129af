import { LocalDateResolver, SafeIntResolver } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import {
  CertifiedLevel,
  FundingSource,
  IndicatorKind,
  IndicatorState,
  PartnerKind,
  ProgressStage,
  ServiceDomain,
  StaffRole,
} from './enums.js';

/** The parts of a station's record: each a plain object type, reached through its station. */

@ObjectType('SocialWorkOperator', { description: 'The organisation that runs a station under a service contract. 运营机构。' })
export class Operator {
  @Field(() => ID, { description: 'Its id. 编号。' })
  id!: string;

  @Field(() => String, { description: 'Registered name. 机构名称。' })
  name!: string;

  @Field(() => String, { description: '18-character unified social credit code. 统一社会信用代码。' })
  uscc!: string;
}

@ObjectType('StationIndicator', { description: 'One of the five indicators: its measure against its target. 指标及完成情况。' })
export class Indicator {
  @Field(() => IndicatorKind, { description: 'Which of the five indicators. 指标。' })
  kind!: IndicatorKind;

  @Field(() => Float, { description: 'Measured value. 实际值。' })
  value!: number;

  @Field(() => Float, { description: 'Target value. 目标值。' })
  target!: number;

  @Field(() => String, { description: 'Unit of value and target (m2, yuan, people, documents, services). 单位。' })
  unit!: string;

  @Field(() => IndicatorState, { description: 'Completion state. 完成状态。' })
  state!: IndicatorState;

  @Field(() => Float, { description: 'value ÷ target as a percentage, at most 100. 完成率（%）。' })
  completionPercent!: number;

  @Field(() => String, { description: 'What is measured. 说明。' })
  note!: string;
}

@ObjectType('ProgressReport', { description: 'A progress report sent to the supervision platform. 建设进度报告。' })
export class ProgressReport {
  @Field(() => ID, { description: 'Its id. 编号。' })
  id!: string;

  @Field(() => LocalDateResolver, { description: 'Date reported. 报告日期。' })
  reportedOn!: string;

  @Field(() => ProgressStage, { description: 'Stage reached. 阶段。' })
  stage!: ProgressStage;

  @Field(() => Int, { description: 'Percent complete. 完成百分比。' })
  percent!: number;

  @Field(() => [String], { description: 'Keys of the photos in the document store (the images are not served here). 图片引用。' })
  photoRefs!: string[];
}

@ObjectType('StaffMember', { description: 'A person working at a station; the identity-card number never leaves the database. 工作人员。' })
export class StaffMember {
  @Field(() => ID, { description: 'Its id. 编号。' })
  id!: string;

  @Field(() => String, { description: 'Name. 姓名。' })
  name!: string;

  @Field(() => StaffRole, { description: 'Role at the station. 岗位。' })
  role!: StaffRole;

  @Field(() => CertifiedLevel, { description: 'Social-work qualification held. 职业资格。' })
  certifiedLevel!: CertifiedLevel;

  @Field(() => String, { description: 'Mobile number; in full for admins, masked (138****1234) for everyone else. 手机号。' })
  phone!: string;

  stationId!: string;
}

@ObjectType('StaffSummary', { description: 'Staff counts of a station. 人员情况。' })
export class StaffSummary {
  @Field(() => Int, { description: 'All staff. 总人数。' })
  total!: number;

  @Field(() => Int, { description: 'Staff holding a social-work qualification. 持证人数。' })
  certified!: number;

  @Field(() => Int, { description: 'The provincial target of certified social workers per station (3). 持证人数目标。' })
  target!: number;

  @Field(() => Boolean, { description: 'Fewer certified staff than the target. 是否未达标。' })
  belowTarget!: boolean;
}

@ObjectType('FundingCell', { description: 'Funding of one year from one source. 某年某来源资金。' })
export class FundingCell {
  @Field(() => Int, { description: 'Year. 年度。' })
  year!: number;

  @Field(() => FundingSource, { description: 'Where the money came from. 资金来源。' })
  source!: FundingSource;

  @Field(() => SafeIntResolver, { description: 'Amount in fen (1/100 yuan), exact. 金额（分）。' })
  amountFen!: number;

  @Field(() => Float, { description: 'Amount in yuan. 金额（元）。' })
  amountYuan!: number;
}

@ObjectType('FundingSummary', { description: 'Funding of a station, summed in SQL. 经费情况。' })
export class FundingSummary {
  @Field(() => SafeIntResolver, { description: 'All funding in fen. 合计（分）。' })
  totalFen!: number;

  @Field(() => Float, { description: 'All funding in yuan. 合计（元）。' })
  totalYuan!: number;

  @Field(() => [FundingCell], { description: 'By year and source, by year then source. 按年度、来源。' })
  byYearAndSource!: FundingCell[];
}

@ObjectType('ServiceCount', { description: 'Services delivered in a year in one domain; beneficiaries are never named. 服务数量。' })
export class ServiceCount {
  @Field(() => Int, { description: 'Year. 年度。' })
  year!: number;

  @Field(() => ServiceDomain, { description: 'Field of service. 服务领域。' })
  domain!: ServiceDomain;

  @Field(() => Int, { description: 'Services delivered (人次). 服务人次。' })
  count!: number;
}

@ObjectType('StationPartner', { description: 'A force the station works with. 联动力量。' })
export class Partner {
  @Field(() => PartnerKind, { description: 'What kind of partner. 联动力量类型。' })
  kind!: PartnerKind;

  @Field(() => String, { description: 'Name. 名称。' })
  name!: string;

  @Field(() => Int, { description: 'People involved. 人数。' })
  people!: number;
}

@ObjectType('SocialWorkFigures', {
  description: 'Social-work figures of a region subtree, computed with GROUP BY in SQL. 社工站统计。',
})
export class SocialWorkFigures {
  @Field(() => Int, { description: 'Stations. 社工站数。' })
  stations!: number;

  @Field(() => Int, { description: 'Stations completed in the requested year. 当年新建成数。' })
  stationsBuiltInYear!: number;

  @Field(() => Int, { description: 'Staff. 工作人员数。' })
  staff!: number;

  @Field(() => Int, { description: 'Certified staff. 持证人数。' })
  certifiedStaff!: number;

  @Field(() => Int, { description: 'Stations with fewer certified staff than the target of 3. 持证人数未达标的站数。' })
  stationsBelowStaffTarget!: number;

  @Field(() => SafeIntResolver, { description: 'Funding in fen. 投入资金（分）。' })
  fundingFen!: number;

  @Field(() => Float, { description: 'Funding in yuan. 投入资金（元）。' })
  fundingYuan!: number;
}
