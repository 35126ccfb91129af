import type { VenueTypeName } from '../../kit/departments.js';
import type { Department } from '../../kit/identity.js';

/** The records of the reference world, one interface per table-to-be; each subgraph seeds its slice. */

export type CoordinateSystem = 'WGS84' | 'GCJ02' | 'BD09' | 'CGCS2000';
/** A department's venue type, as kit/departments.ts names it. */
export type VenueType = VenueTypeName;

export interface SiteSeed {
  id: string;
  name: string;
  address: string;
  regionCode: string;
  lng: number;
  lat: number;
  crs: CoordinateSystem;
}

export type SpaceKind =
  | 'MULTI_FUNCTION_HALL'
  | 'MEETING_ROOM'
  | 'ACTIVITY_ROOM'
  | 'READING_ROOM'
  | 'TRAINING_ROOM'
  | 'COUNSELLING_ROOM'
  | 'SPORTS_ROOM'
  | 'OUTDOOR_SQUARE';

export interface SpaceSeed {
  id: string;
  siteId: string;
  name: string;
  kind: SpaceKind;
  capacity: number;
  areaM2: number;
  shareable: boolean;
}

export type Weekday = 'MON' | 'TUE' | 'WED' | 'THU' | 'FRI' | 'SAT' | 'SUN';
export type WhoMayBook = 'ANY_DEPARTMENT' | 'SAME_REGION' | 'NAMED_DEPARTMENTS';
export type DepartmentName = Department;

/** How a space is shared, set by the department that manages it. */
export interface SharingRuleSeed {
  spaceId: string;
  managingDept: DepartmentName;
  shared: boolean;
  /** Opening hours per weekday, as [from, to] pairs of HH:MM. */
  openingHours: Partial<Record<Weekday, [string, string][]>>;
  /** Its own closures (maintenance and the like); the public holidays come on top when closedOnPublicHolidays. */
  closedDates: string[];
  closedOnPublicHolidays: boolean;
  minNoticeHours: number;
  maxDurationHours: number;
  whoMayBook: WhoMayBook;
  allowedDepts: DepartmentName[];
  needsApproval: boolean;
}

export type EquipmentKind =
  | 'PROJECTOR'
  | 'LED_SCREEN'
  | 'SOUND_SYSTEM'
  | 'MICROPHONE'
  | 'COMPUTER'
  | 'BOOKSHELF'
  | 'TABLE_TENNIS'
  | 'PIANO';

export interface EquipmentSeed {
  id: string;
  spaceId: string;
  kind: EquipmentKind;
  name: string;
  quantity: number;
}

/** A plaque: which venue (of which department type) hangs at which site. */
export interface PlaqueSeed {
  venueId: string;
  venueType: VenueType;
  siteId: string;
}

// --- Organization Department: Party-member service centres

export type PartyLevel = 'COUNTY' | 'TOWNSHIP' | 'VILLAGE' | 'COMMUNITY';
export type PartyFunction =
  | 'PARTY_EDUCATION'
  | 'GOVERNMENT_SERVICES'
  | 'CONVENIENCE_SERVICES'
  | 'VOLUNTEER_SERVICES'
  | 'CULTURE_AND_SPORTS'
  | 'CONSULTATION'
  | 'ELDERLY_AND_CHILD_CARE';

export interface PartyCentreSeed {
  id: string;
  name: string;
  level: PartyLevel;
  regionCode: string;
  functions: PartyFunction[];
  serviceHallM2: number;
  openingHours: string;
}

export type PartyActivityKind = 'THEME_PARTY_DAY' | 'PARTY_LECTURE' | 'VOLUNTEERING' | 'CULTURAL_EVENT' | 'CONSULTATION_DAY';
export interface PartyActivitySeed {
  id: string;
  centreId: string;
  date: string;
  title: string;
  kind: PartyActivityKind;
  participants: number;
}

// --- Propaganda Department: civilization practice

export type PracticeTier = 'CENTRE' | 'INSTITUTE' | 'STATION' | 'POINT';
export interface PracticeUnitSeed {
  id: string;
  name: string;
  tier: PracticeTier;
  regionCode: string;
  parentId: string | null;
}

/** 总队 (centre) → 分队 (institute) → 小队 (station). */
export type TeamLevel = 'CORPS' | 'DIVISION' | 'SQUAD';
export interface VolunteerTeamSeed {
  id: string;
  unitId: string;
  parentId: string | null;
  name: string;
  level: TeamLevel;
  members: number;
}

export type OrderStatus = 'REQUESTED' | 'ASSIGNED' | 'ACCEPTED' | 'RATED';
export type OrderCategory = 'THEORY_OUTREACH' | 'CULTURE' | 'HEALTH' | 'LEGAL_AID' | 'ELDERLY_HELP' | 'ENVIRONMENT' | 'EDUCATION';
/** A service order through its cycle: 点单 (requested) → 派单 (assigned) → 接单 (accepted) → 评单 (rated). */
export interface ServiceOrderSeed {
  id: string;
  unitId: string;
  category: OrderCategory;
  request: string;
  requestedOn: string;
  teamId: string | null;
  assignedOn: string | null;
  acceptedOn: string | null;
  ratedOn: string | null;
  rating: number | null;
  status: OrderStatus;
}

// --- Culture & Tourism: township culture stations

export type CultureGrade = 'SPECIAL' | 'FIRST' | 'SECOND' | 'THIRD' | 'UNRATED';
export interface CultureStationSeed {
  id: string;
  name: string;
  grade: CultureGrade;
  regionCode: string;
  buildingAreaM2: number;
  weeklyOpenHours: number;
  openDaysPerYear: number;
  fullTimeStaff: number;
  partTimeStaff: number;
  guidingUnit: string;
}

export type CultureActivityKind = 'PERFORMANCE' | 'EXHIBITION' | 'TRAINING' | 'READING' | 'FILM_SCREENING' | 'SPORTS';
export interface CultureActivitySeed {
  id: string;
  stationId: string;
  date: string;
  title: string;
  kind: CultureActivityKind;
  participants: number;
}

// --- Civil Affairs: social-work stations

export interface OperatorSeed {
  id: string;
  name: string;
  /** 18-character unified social credit code. */
  uscc: string;
  countyCode: string;
}

export type StationStatus = 'PLANNED' | 'BUILDING' | 'OPERATING';
export interface SocialWorkStationSeed {
  id: string;
  name: string;
  regionCode: string;
  operatorId: string;
  status: StationStatus;
  /** Year the station was completed (建成). */
  establishedYear: number;
  completedOn: string;
  /** Date of acceptance (验收); null while not yet accepted. */
  acceptedOn: string | null;
}

export type IndicatorKind = 'VENUE' | 'FUNDING' | 'STAFF' | 'RULES' | 'SERVICES';
export type IndicatorState = 'NOT_STARTED' | 'IN_PROGRESS' | 'COMPLETED';
/** One of the five indicators (场所、经费、人员、制度、服务): a measured value against its target. */
export interface IndicatorSeed {
  stationId: string;
  kind: IndicatorKind;
  value: number;
  target: number;
  unit: string;
  state: IndicatorState;
  note: string;
}

export type ProgressStage = 'PLANNING' | 'CONSTRUCTION' | 'FITTING_OUT' | 'COMPLETED' | 'ACCEPTED';
export interface ProgressReportSeed {
  id: string;
  stationId: string;
  reportedOn: string;
  stage: ProgressStage;
  percent: number;
  /** References to photos kept elsewhere (object-store keys), never the images themselves. */
  photoRefs: string[];
}

export type StaffRole = 'STATION_HEAD' | 'SOCIAL_WORKER' | 'ASSISTANT';
export type CertifiedLevel = 'NONE' | 'ASSISTANT_SOCIAL_WORKER' | 'SOCIAL_WORKER' | 'SENIOR_SOCIAL_WORKER';
export interface StaffSeed {
  id: string;
  stationId: string;
  name: string;
  role: StaffRole;
  certifiedLevel: CertifiedLevel;
  /** Contact details: stored, never exposed until the security issue decides who may see them. */
  phone: string;
  /**
   * A made-up identity-card number (the station's county, a birth date, a valid check character): it
   * goes in through the importer like an office's, which stores only its salted digest.
   */
  idNumber: string;
}

export type FundingSource = 'PROVINCIAL' | 'MUNICIPAL' | 'COUNTY' | 'TOWNSHIP' | 'WELFARE_LOTTERY' | 'SOCIAL_DONATION';
export interface FundingSeed {
  id: string;
  stationId: string;
  year: number;
  source: FundingSource;
  amountFen: number;
  purpose: string;
}

export type ServiceDomain = 'SOCIAL_ASSISTANCE' | 'ELDERLY_CARE' | 'CHILD_PROTECTION' | 'DISABILITY_SERVICES' | 'COMMUNITY_GOVERNANCE';
/** Services delivered, as counts: beneficiaries are never named. */
export interface ServiceCountSeed {
  stationId: string;
  year: number;
  domain: ServiceDomain;
  count: number;
}

export type PartnerKind =
  | 'CIVIL_AFFAIRS_ASSISTANT'
  | 'SOCIAL_ASSISTANCE_STAFF'
  | 'CHILD_DIRECTOR'
  | 'JUDICIAL_OFFICE'
  | 'TRADE_UNION'
  | 'WOMENS_FEDERATION'
  | 'DISABLED_PERSONS_FEDERATION'
  | 'COMMUNITY_ORGANISATION'
  | 'CHARITY'
  | 'VOLUNTEERS';
export interface PartnerSeed {
  stationId: string;
  kind: PartnerKind;
  name: string;
  people: number;
}

export interface World {
  sites: SiteSeed[];
  spaces: SpaceSeed[];
  sharingRules: SharingRuleSeed[];
  equipment: EquipmentSeed[];
  plaques: PlaqueSeed[];
  partyCentres: PartyCentreSeed[];
  partyActivities: PartyActivitySeed[];
  practiceUnits: PracticeUnitSeed[];
  volunteerTeams: VolunteerTeamSeed[];
  serviceOrders: ServiceOrderSeed[];
  cultureStations: CultureStationSeed[];
  cultureActivities: CultureActivitySeed[];
  operators: OperatorSeed[];
  socialWorkStations: SocialWorkStationSeed[];
  indicators: IndicatorSeed[];
  progressReports: ProgressReportSeed[];
  staff: StaffSeed[];
  funding: FundingSeed[];
  serviceCounts: ServiceCountSeed[];
  partners: PartnerSeed[];
}

/** A past booking of the seeded history (all decided: approved, rejected or cancelled). */
export interface BookingSeed {
  id: string;
  spaceId: string;
  /** ISO 8601 at UTC, as the facilities database stores it. */
  startsAt: string;
  endsAt: string;
  status: 'APPROVED' | 'REJECTED' | 'CANCELLED';
  requesterSub: string;
  requesterDept: DepartmentName;
  purpose: string;
  attendees: number;
  contact: string;
  idempotencyKey: string;
  createdAt: string;
  decidedBy: string;
  decidedAt: string;
}

/** Equipment a booking holds, by quantity. */
export interface BookingEquipmentSeed {
  bookingId: string;
  equipmentId: string;
  quantity: number;
}
