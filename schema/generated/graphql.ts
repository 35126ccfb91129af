/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A request for a shared space, its equipment, or equipment alone (at least one of spaceId and equipment). 预约申请。 */
export type BookingRequest = {
  /** Expected attendees (1 up to the space’s capacity). 预计人数。 */
  attendees: number;
  /** A phone number or name to reach the requester; shown to the requester and the approvers only. 联系方式。 */
  contact: string;
  /** End. 结束时间。 */
  endsAt: string;
  /** Equipment to hold (at most 20 lines): kept at the space’s site and managed by the same department. 设备。 */
  equipment?: Array<EquipmentRequest> | null | undefined;
  /** Chosen by the client, unique per request: sending it again returns the same booking (used for another space or time: IDEMPOTENCY_KEY_REUSED). 幂等键。 */
  idempotencyKey: string;
  /** What it is for (1–500 characters). 用途。 */
  purpose: string;
  /** The space; omit it to book equipment alone. 空间编号。 */
  spaceId?: string | number | null | undefined;
  /** Start (ISO 8601 with offset). 开始时间。 */
  startsAt: string;
};

/** Where a booking stands. 预约状态。 */
export type BookingStatus =
  /** 已批准 (holds the space) */
  | 'APPROVED'
  /** 已取消 */
  | 'CANCELLED'
  /** 已驳回 */
  | 'REJECTED'
  /** 待审批 (holds the space) */
  | 'REQUESTED';

/** Datum of a coordinate pair; Chinese web maps use GCJ-02 (Amap, Tencent) or BD-09 (Baidu). 坐标系。 */
export type CoordinateSystem =
  | 'BD09'
  | 'CGCS2000'
  | 'GCJ02'
  | 'WGS84';

/** Grade awarded in the provincial assessment of township culture stations. 文化站评估定级。 */
export type CultureGrade =
  /** 一级站 */
  | 'FIRST'
  /** 二级站 */
  | 'SECOND'
  /** 特级站 */
  | 'SPECIAL'
  /** 三级站 */
  | 'THIRD'
  /** 未定级 */
  | 'UNRATED';

/** A department of the graph. 部门。 */
export type Department =
  /** 文化和旅游部门（文化站） */
  | 'CULTURE'
  /** 平台、乡镇（场地共享层） */
  | 'FACILITIES'
  /** 组织部门（党群服务中心） */
  | 'PARTY'
  /** 宣传部门（新时代文明实践） */
  | 'PRACTICE'
  /** 民政部门（社工站） */
  | 'SOCIAL_WORK';

/** Kind of equipment. 设备类型。 */
export type EquipmentKind =
  /** 书架 */
  | 'BOOKSHELF'
  /** 电脑 */
  | 'COMPUTER'
  /** LED 显示屏 */
  | 'LED_SCREEN'
  /** 话筒 */
  | 'MICROPHONE'
  /** 钢琴、电子琴 */
  | 'PIANO'
  /** 投影仪 */
  | 'PROJECTOR'
  /** 音响 */
  | 'SOUND_SYSTEM'
  /** 乒乓球桌 */
  | 'TABLE_TENNIS';

/** Equipment to book, and how many. 设备申请。 */
export type EquipmentRequest = {
  /** The equipment. 设备编号。 */
  equipmentId: string | number;
  /** How many units (1 up to what it has). 数量。 */
  quantity: number;
};

/** Where money came from. 资金来源。 */
export type FundingSource =
  /** 县级财政 */
  | 'COUNTY'
  /** 市级财政 */
  | 'MUNICIPAL'
  /** 省级财政 */
  | 'PROVINCIAL'
  /** 社会捐赠 */
  | 'SOCIAL_DONATION'
  /** 乡镇（街道） */
  | 'TOWNSHIP'
  /** 福彩公益金 */
  | 'WELFARE_LOTTERY';

/** A point to measure distances from. 参照点。 */
export type GeoPointInput = {
  /** Datum of lng/lat (GCJ-02 unless said). 坐标系。 */
  crs?: CoordinateSystem;
  /** Latitude, degrees north. 纬度。 */
  lat: number;
  /** Longitude, degrees east. 经度。 */
  lng: number;
};

/** The five indicators every station is checked on. 社工站五大指标。 */
export type IndicatorKind =
  /** 经费: funds received this year against the yearly budget (yuan) */
  | 'FUNDING'
  /** 制度: management rules adopted */
  | 'RULES'
  /** 服务: services delivered this year */
  | 'SERVICES'
  /** 人员: certified social workers against the target of 3 */
  | 'STAFF'
  /** 场所: floor area of its own service space (m²) */
  | 'VENUE';

/** Completion of an indicator. 指标完成情况（未开始、推进中、已完成）。 */
export type IndicatorState =
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'NOT_STARTED';

/** Who a station works with. 联动力量。 */
export type PartnerKind =
  /** 公益慈善组织 */
  | 'CHARITY'
  /** 儿童主任 */
  | 'CHILD_DIRECTOR'
  /** 民政助理员 */
  | 'CIVIL_AFFAIRS_ASSISTANT'
  /** 社区社会组织 */
  | 'COMMUNITY_ORGANISATION'
  /** 残联 */
  | 'DISABLED_PERSONS_FEDERATION'
  /** 司法所 */
  | 'JUDICIAL_OFFICE'
  /** 社会救助经办人员 */
  | 'SOCIAL_ASSISTANCE_STAFF'
  /** 工会 */
  | 'TRADE_UNION'
  /** 志愿者 */
  | 'VOLUNTEERS'
  /** 妇联 */
  | 'WOMENS_FEDERATION';

/** Level of a Party-member service centre. 党群服务中心层级。 */
export type PartyCentreLevel =
  /** 社区级 */
  | 'COMMUNITY'
  /** 县级 */
  | 'COUNTY'
  /** 乡镇（街道）级 */
  | 'TOWNSHIP'
  /** 村级 */
  | 'VILLAGE';

/** Tier of a civilization-practice unit. 新时代文明实践阵地层级。 */
export type PracticeTier =
  /** 实践中心 (county) */
  | 'CENTRE'
  /** 实践所 (township) */
  | 'INSTITUTE'
  /** 实践点 */
  | 'POINT'
  /** 实践站 (village or community) */
  | 'STATION';

/** Stage of construction in a progress report. 建设进度阶段。 */
export type ProgressStage =
  /** 验收通过 */
  | 'ACCEPTED'
  /** 建成 */
  | 'COMPLETED'
  /** 施工建设 */
  | 'CONSTRUCTION'
  /** 装修布置 */
  | 'FITTING_OUT'
  /** 规划选址 */
  | 'PLANNING';

/** Kind of a township- or village-level division. 乡级、村级区划类型。 */
export type RegionKind =
  /** 社区 (village level) */
  | 'COMMUNITY'
  /** Development zone, farm, forest or similar township-level unit. 开发区、农场等。 */
  | 'OTHER'
  /** 街道 (township level) */
  | 'SUBDISTRICT'
  /** 镇 (township level) */
  | 'TOWN'
  /** 乡 (township level) */
  | 'TOWNSHIP'
  /** 村 (village level) */
  | 'VILLAGE';

/** Administrative level of a division code. 行政区划级别。 */
export type RegionLevel =
  /** 地级市 (4 digits) */
  | 'CITY'
  /** 县、县级市、区 (6 digits) */
  | 'COUNTY'
  /** 省 (2-digit code) */
  | 'PROVINCE'
  /** 乡级: 街道、镇、乡 (9 digits) */
  | 'TOWNSHIP'
  /** 村级: 社区、村 (12 digits) */
  | 'VILLAGE';

/** Field of service. 服务领域。 */
export type ServiceDomain =
  /** 儿童关爱保护 */
  | 'CHILD_PROTECTION'
  /** 社区治理 */
  | 'COMMUNITY_GOVERNANCE'
  /** 残疾人服务 */
  | 'DISABILITY_SERVICES'
  /** 养老服务 */
  | 'ELDERLY_CARE'
  /** 社会救助 */
  | 'SOCIAL_ASSISTANCE';

/** What a room is for. 空间类型。 */
export type SpaceKind =
  /** 活动室 */
  | 'ACTIVITY_ROOM'
  /** 心理咨询室、个案工作室 (never shared) */
  | 'COUNSELLING_ROOM'
  /** 会议室 */
  | 'MEETING_ROOM'
  /** 多功能厅 */
  | 'MULTI_FUNCTION_HALL'
  /** 室外广场 */
  | 'OUTDOOR_SQUARE'
  /** 阅览室 */
  | 'READING_ROOM'
  /** 文体活动室 */
  | 'SPORTS_ROOM'
  /** 培训教室 */
  | 'TRAINING_ROOM';

/** Where a social-work station stands. 社工站建设状态。 */
export type StationStatus =
  /** 建设中 */
  | 'BUILDING'
  /** 已建成运营 */
  | 'OPERATING'
  /** 计划建设 */
  | 'PLANNED';

/** Who may ask to use a space. 可预约对象。 */
export type WhoMayBook =
  /** 任何部门 */
  | 'ANY_DEPARTMENT'
  /** Only the departments listed. 指定部门 */
  | 'NAMED_DEPARTMENTS'
  /** Departments of the same region subtree. 同一辖区 */
  | 'SAME_REGION';

export type CultureGradesByCountyQueryVariables = Exact<{
  city: string | number;
}>;


export type CultureGradesByCountyQuery = { city: { code: string, name: string | null, cultureStationsByGrade: Array<{ grade: CultureGrade, stations: number }> | null } | null, counties: { edges: Array<{ node: { code: string, name: string | null, cultureStationsByGrade: Array<{ grade: CultureGrade, stations: number }> | null } }> } | null };

export type PracticeTiersByCityQueryVariables = Exact<{
  province: string | number;
}>;


export type PracticeTiersByCityQuery = { province: { code: string, name: string | null, practiceUnitsByTier: Array<{ tier: PracticeTier, units: number }> | null } | null, cities: { edges: Array<{ node: { code: string, name: string | null, practiceUnitsByTier: Array<{ tier: PracticeTier, units: number }> | null } }> } | null };

export type FindSpaceQueryVariables = Exact<{
  region: string | number;
  from: string;
  to: string;
  minCapacity: number;
  equipment?: EquipmentKind | null | undefined;
  near?: GeoPointInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FindSpaceQuery = { findSpaces: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ distanceKm: number | null, node: { id: string, name: string, kind: SpaceKind, capacity: number, equipment: Array<{ id: string, kind: EquipmentKind, name: string, quantity: number, available: number }>, sharingRule: { managingDepartment: Department, needsApproval: boolean, minNoticeHours: number, whoMayBook: WhoMayBook } | null, site: { id: string, name: string, address: string, location: { lng: number, lat: number, crs: CoordinateSystem } | null, venues: Array<
            | { __typename: 'CultureStation', id: string, name: string | null }
            | { __typename: 'PartyServiceCentre', id: string, name: string | null }
            | { __typename: 'PracticeUnit', id: string, name: string | null }
            | { __typename: 'SocialWorkStation', id: string, name: string | null }
          > } } }> } | null };

export type StationPageQueryVariables = Exact<{
  id: string | number;
}>;


export type StationPageQuery = { socialWorkStation: { id: string, name: string | null, status: StationStatus | null, establishedYear: number | null, completedOn: string | null, acceptedOn: string | null, region: { code: string, name: string | null, ancestors: Array<{ code: string, name: string | null }> | null } | null, operator: { id: string, name: string, uscc: string } | null, indicators: Array<{ kind: IndicatorKind, value: number, target: number, unit: string, state: IndicatorState, completionPercent: number, note: string }> | null, staffSummary: { total: number, certified: number, target: number, belowTarget: boolean } | null, funding: { totalYuan: number, byYearAndSource: Array<{ year: number, source: FundingSource, amountYuan: number }> } | null, services: Array<{ domain: ServiceDomain, count: number }> | null, partners: Array<{ kind: PartnerKind, name: string, people: number }> | null, progressReports: Array<{ id: string, reportedOn: string, stage: ProgressStage, percent: number }> | null, site: { id: string, name: string, address: string, location: { lng: number, lat: number, crs: CoordinateSystem } | null, spaces: Array<{ id: string, name: string, kind: SpaceKind, capacity: number, shareable: boolean, equipment: Array<{ id: string, kind: EquipmentKind, quantity: number }> }>, venues: Array<
        | { __typename: 'CultureStation', id: string, name: string | null }
        | { __typename: 'PartyServiceCentre', id: string, name: string | null }
        | { __typename: 'PracticeUnit', id: string, name: string | null }
        | { __typename: 'SocialWorkStation', id: string, name: string | null }
      > } | null } | null };

export type RequestBookingMutationVariables = Exact<{
  input: BookingRequest;
}>;


export type RequestBookingMutation = { requestBooking: { id: string, status: BookingStatus, startsAt: string, endsAt: string, purpose: string, attendees: number, requesterDepartment: Department | null, space: { id: string, name: string, site: { id: string, name: string, address: string }, sharingRule: { managingDepartment: Department, needsApproval: boolean } | null } | null, equipment: Array<{ quantity: number, equipment: { id: string, name: string } }> } | null };

export type RequestsToDecideQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RequestsToDecideQuery = { bookingRequests: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: BookingStatus, startsAt: string, endsAt: string, purpose: string, attendees: number, requesterDepartment: Department | null, contact: string | null, space: { id: string, name: string } | null, equipment: Array<{ quantity: number, equipment: { id: string, name: string } }> } }> } | null };

export type ApproveBookingMutationVariables = Exact<{
  id: string | number;
}>;


export type ApproveBookingMutation = { approveBooking: { id: string, status: BookingStatus, startsAt: string, endsAt: string } | null };

export type RequestOverlappingMutationVariables = Exact<{
  input: BookingRequest;
}>;


export type RequestOverlappingMutation = { requestBooking: { id: string, status: BookingStatus } | null };

export type SpaceCalendarQueryVariables = Exact<{
  space: string | number;
  from: string;
  to: string;
  day: string;
}>;


export type SpaceCalendarQuery = { space: { id: string, name: string, calendar: Array<{ id: string, status: BookingStatus, startsAt: string, endsAt: string, purpose: string, requesterDepartment: Department | null }>, freeSlots: Array<{ startsAt: string, endsAt: string }> } | null };

export type ProvinceSocialWorkQueryVariables = Exact<{
  province: string | number;
  year: number;
}>;


export type ProvinceSocialWorkQuery = { province: { code: string, name: string | null, townshipCount: number | null, socialWorkFigures: { stations: number, stationsEstablishedInYear: number, staff: number, certifiedStaff: number, stationsBelowStaffTarget: number, fundingYuan: number } | null } | null, cities: { totalCount: number, edges: Array<{ node: { code: string, name: string | null, townshipCount: number | null, socialWorkFigures: { stations: number, stationsEstablishedInYear: number, staff: number, certifiedStaff: number, stationsBelowStaffTarget: number, fundingYuan: number } | null } }> } | null };

export type CoverageGapsQueryVariables = Exact<{
  city: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CoverageGapsQuery = { regions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { code: string, name: string | null, kind: RegionKind | null, parent: { code: string, name: string | null } | null, socialWorkStations: { totalCount: number } | null, cultureStations: { edges: Array<{ node: { id: string, name: string | null, grade: CultureGrade | null, site: { id: string, address: string, spaces: Array<{ id: string, name: string, kind: SpaceKind, capacity: number, shareable: boolean }> } | null } }> } | null } }> } | null };

export type UtilisationQueryVariables = Exact<{
  province?: string | number;
  level?: RegionLevel | null | undefined;
  month: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type UtilisationQuery = { province: { code: string, name: string | null, spaceUtilisation: Array<{ department: Department, sharedSpaces: number, openHours: number, bookedHours: number, bookedByOtherDepartmentsHours: number, rate: number | null }> | null } | null, regions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { code: string, name: string | null, parent: { code: string, name: string | null } | null, spaceUtilisation: Array<{ department: Department, sharedSpaces: number, openHours: number, bookedHours: number, bookedByOtherDepartmentsHours: number, rate: number | null }> | null } }> } | null };

export type RegionOverviewQueryVariables = Exact<{
  code: string | number;
  sitesPerTownship?: number | null | undefined;
}>;


export type RegionOverviewQuery = { region: { code: string, name: string | null, level: RegionLevel | null, vintage: number | null, ancestors: Array<{ code: string, name: string | null }> | null, children: Array<{ code: string, name: string | null, kind: RegionKind | null, sites: { totalCount: number, edges: Array<{ node: { id: string, name: string, address: string, location: { lng: number, lat: number, crs: CoordinateSystem } | null, spaces: Array<{ id: string, name: string, kind: SpaceKind, capacity: number, shareable: boolean, equipment: Array<{ id: string, kind: EquipmentKind, quantity: number }> }>, venues: Array<
              | { __typename: 'CultureStation', id: string, grade: CultureGrade | null, buildingAreaM2: number | null, name: string | null }
              | { __typename: 'PartyServiceCentre', id: string, level: PartyCentreLevel | null, openingHours: string | null, name: string | null }
              | { __typename: 'PracticeUnit', id: string, tier: PracticeTier | null, name: string | null }
              | { __typename: 'SocialWorkStation', id: string, status: StationStatus | null, establishedYear: number | null, name: string | null }
            > } }> } | null, partyServiceCentres: { totalCount: number } | null, practiceUnits: { totalCount: number } | null, cultureStations: { edges: Array<{ node: { id: string, name: string | null, grade: CultureGrade | null } }> } | null, socialWorkStations: { edges: Array<{ node: { id: string, name: string | null, status: StationStatus | null } }> } | null }> | null } | null };

export type SpaceCalendarFeedQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
}>;


export type SpaceCalendarFeedQuery = { space: { id: string, name: string, kind: SpaceKind, site: { id: string, name: string, address: string }, calendar: Array<{ id: string, startsAt: string, endsAt: string, purpose: string, attendees: number, requesterDepartment: Department | null, status: BookingStatus }> } | null };

export type StationsBelowStaffTargetQueryVariables = Exact<{
  regionPrefix: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type StationsBelowStaffTargetQuery = { socialWorkStations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string | null, region: { code: string, name: string | null } | null, staffSummary: { total: number, certified: number, target: number } | null } }> } | null };


export const CultureGradesByCountyDocument = {"__meta__":{"hash":"sha256:e536a4173cf616bc85f443effa7fd5928ced67755979da1de694eebbdf7169bc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CultureGradesByCounty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"city"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"city"},"name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"city"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cultureStationsByGrade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"stations"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"counties"},"name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionPrefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"city"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"COUNTY"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cultureStationsByGrade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"stations"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CultureGradesByCountyQuery, CultureGradesByCountyQueryVariables>;
export const PracticeTiersByCityDocument = {"__meta__":{"hash":"sha256:2b7099817b773e2c5def8b12391f8ccf44cb6efc4ba85b0ba104141d72fe4ca1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PracticeTiersByCity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"province"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"province"},"name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"practiceUnitsByTier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"units"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"cities"},"name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionPrefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"CITY"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"practiceUnitsByTier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"units"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PracticeTiersByCityQuery, PracticeTiersByCityQueryVariables>;
export const FindSpaceDocument = {"__meta__":{"hash":"sha256:6bf9705a66b543ae754c52f27b107ae82dc638f3da1617540f6a3f8567fc99a9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindSpace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minCapacity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"equipment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EquipmentKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"near"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GeoPointInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findSpaces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionPrefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"minCapacity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minCapacity"}}},{"kind":"Argument","name":{"kind":"Name","value":"equipmentKind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"equipment"}}},{"kind":"Argument","name":{"kind":"Name","value":"near"},"value":{"kind":"Variable","name":{"kind":"Name","value":"near"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"equipment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"available"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"sharingRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"managingDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"needsApproval"}},{"kind":"Field","name":{"kind":"Name","value":"minNoticeHours"}},{"kind":"Field","name":{"kind":"Name","value":"whoMayBook"}}]}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lng"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"crs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FindSpaceQuery, FindSpaceQueryVariables>;
export const StationPageDocument = {"__meta__":{"hash":"sha256:fa289ed1708d013e37e48ba125518000f0529cfef29f7b813bb88b8418347579"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StationPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"socialWorkStation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"establishedYear"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"completionPercent"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"certified"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"belowTarget"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalYuan"}},{"kind":"Field","name":{"kind":"Name","value":"byYearAndSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"amountYuan"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2021"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"people"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progressReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lng"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"crs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"shareable"}},{"kind":"Field","name":{"kind":"Name","value":"equipment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"venues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StationPageQuery, StationPageQueryVariables>;
export const RequestBookingDocument = {"__meta__":{"hash":"sha256:bfd23e96a4bfed198b79bbbbc16d6d46c0ec3285031e60997b777e1dac881cc7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestBooking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BookingRequest"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"}},{"kind":"Field","name":{"kind":"Name","value":"requesterDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharingRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"managingDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"needsApproval"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"equipment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"equipment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RequestBookingMutation, RequestBookingMutationVariables>;
export const RequestsToDecideDocument = {"__meta__":{"hash":"sha256:18e99c90f59ddf118ba23608666246b979e80fac25120b171d4d24d1ea0e1803"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestsToDecide"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookingRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"}},{"kind":"Field","name":{"kind":"Name","value":"requesterDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"equipment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"equipment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RequestsToDecideQuery, RequestsToDecideQueryVariables>;
export const ApproveBookingDocument = {"__meta__":{"hash":"sha256:ffcc1ca893a968ef7880d7107e5f6a954a50b39567041df798d6891e242e0f59"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveBooking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]} as unknown as DocumentNode<ApproveBookingMutation, ApproveBookingMutationVariables>;
export const RequestOverlappingDocument = {"__meta__":{"hash":"sha256:f306ba331635c493b3f611beb6dabef8d760cbce85871d1a6ad71fdcb29b024b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestOverlapping"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BookingRequest"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RequestOverlappingMutation, RequestOverlappingMutationVariables>;
export const SpaceCalendarDocument = {"__meta__":{"hash":"sha256:1d80d626a0e37cd9bb9022b9630d78e177da270ad4b71f4cbcd3ca3ecc3b09f6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SpaceCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"space"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"day"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"space"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"space"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"calendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"requesterDepartment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"freeSlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]}}]} as unknown as DocumentNode<SpaceCalendarQuery, SpaceCalendarQueryVariables>;
export const ProvinceSocialWorkDocument = {"__meta__":{"hash":"sha256:8d377fccc4769c248fabfd66b3acfc045e3b0119091290f644a569e5630cd83d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvinceSocialWork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"province"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"province"},"name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"townshipCount"}},{"kind":"Field","name":{"kind":"Name","value":"socialWorkFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"establishedYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stations"}},{"kind":"Field","name":{"kind":"Name","value":"stationsEstablishedInYear"}},{"kind":"Field","name":{"kind":"Name","value":"staff"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedStaff"}},{"kind":"Field","name":{"kind":"Name","value":"stationsBelowStaffTarget"}},{"kind":"Field","name":{"kind":"Name","value":"fundingYuan"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"cities"},"name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionPrefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"CITY"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"townshipCount"}},{"kind":"Field","name":{"kind":"Name","value":"socialWorkFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"establishedYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stations"}},{"kind":"Field","name":{"kind":"Name","value":"stationsEstablishedInYear"}},{"kind":"Field","name":{"kind":"Name","value":"staff"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedStaff"}},{"kind":"Field","name":{"kind":"Name","value":"stationsBelowStaffTarget"}},{"kind":"Field","name":{"kind":"Name","value":"fundingYuan"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProvinceSocialWorkQuery, ProvinceSocialWorkQueryVariables>;
export const CoverageGapsDocument = {"__meta__":{"hash":"sha256:673ca515162186fa15ea2c4ab787a19e726984fb04ecc37fbc30499fe2c7c3fd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoverageGaps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"city"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionPrefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"city"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"TOWNSHIP"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"withoutVenue"},"value":{"kind":"EnumValue","value":"SOCIAL_WORK_STATION"}},{"kind":"ObjectField","name":{"kind":"Name","value":"withSharedSpace"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"MULTI_FUNCTION_HALL"}},{"kind":"ObjectField","name":{"kind":"Name","value":"atVenue"},"value":{"kind":"EnumValue","value":"CULTURE_STATION"}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialWorkStations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cultureStations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"spaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"shareable"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CoverageGapsQuery, CoverageGapsQueryVariables>;
export const UtilisationDocument = {"__meta__":{"hash":"sha256:8677d8e064a1a1ae933c98779e59324b085d4545496399e87b42ec4f12ca762c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Utilisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"province"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"33","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RegionLevel"}},"defaultValue":{"kind":"EnumValue","value":"COUNTY"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"YearMonth"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"province"},"name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"spaceUtilisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"sharedSpaces"}},{"kind":"Field","name":{"kind":"Name","value":"openHours"}},{"kind":"Field","name":{"kind":"Name","value":"bookedHours"}},{"kind":"Field","name":{"kind":"Name","value":"bookedByOtherDepartmentsHours"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionPrefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spaceUtilisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"sharedSpaces"}},{"kind":"Field","name":{"kind":"Name","value":"openHours"}},{"kind":"Field","name":{"kind":"Name","value":"bookedHours"}},{"kind":"Field","name":{"kind":"Name","value":"bookedByOtherDepartmentsHours"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UtilisationQuery, UtilisationQueryVariables>;
export const RegionOverviewDocument = {"__meta__":{"hash":"sha256:cd7b6caec45ede6d862f21f3fbb1711446454e46623e0022f752b9775060230e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sitesPerTownship"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"vintage"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sitesPerTownship"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lng"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"crs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"shareable"}},{"kind":"Field","name":{"kind":"Name","value":"equipment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"venues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartyServiceCentre"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PracticeUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CultureStation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"buildingAreaM2"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialWorkStation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"establishedYear"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partyServiceCentres"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"practiceUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cultureStations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialWorkStations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegionOverviewQuery, RegionOverviewQueryVariables>;
export const SpaceCalendarFeedDocument = {"__meta__":{"hash":"sha256:4088af5c5165457f80722e947c27c8be4601f894570573a8f0f3d600f2ee5cbd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SpaceCalendarFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"space"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"calendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"}},{"kind":"Field","name":{"kind":"Name","value":"requesterDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<SpaceCalendarFeedQuery, SpaceCalendarFeedQueryVariables>;
export const StationsBelowStaffTargetDocument = {"__meta__":{"hash":"sha256:5874c971f12347c1dc66e93c526b80f19e3d74056aa62f9bdfa0c21be8d7334c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StationsBelowStaffTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionPrefix"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"socialWorkStations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionPrefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionPrefix"}}},{"kind":"Argument","name":{"kind":"Name","value":"certifiedStaffBelow"},"value":{"kind":"IntValue","value":"3"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"certified"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StationsBelowStaffTargetQuery, StationsBelowStaffTargetQueryVariables>;