import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum Weekday {
  MON = 'MON',
  TUE = 'TUE',
  WED = 'WED',
  THU = 'THU',
  FRI = 'FRI',
  SAT = 'SAT',
  SUN = 'SUN',
}
registerEnumType(Weekday, { name: 'Weekday', description: 'Day of the week. 星期。' });

export enum WhoMayBook {
  ANY_DEPARTMENT = 'ANY_DEPARTMENT',
  SAME_REGION = 'SAME_REGION',
  NAMED_DEPARTMENTS = 'NAMED_DEPARTMENTS',
}
registerEnumType(WhoMayBook, {
  name: 'WhoMayBook',
  description: 'Who may ask to use a space. 可预约对象。',
  valuesConfig: {
    ANY_DEPARTMENT: { description: '任何部门' },
    SAME_REGION: { description: 'Departments of the same region subtree. 同一辖区' },
    NAMED_DEPARTMENTS: { description: 'Only the departments listed. 指定部门' },
  },
});

export enum Department {
  PARTY = 'party',
  PRACTICE = 'practice',
  CULTURE = 'culture',
  SOCIAL_WORK = 'social-work',
  FACILITIES = 'facilities',
}
registerEnumType(Department, {
  name: 'Department',
  description: 'A department of the graph. 部门。',
  valuesConfig: {
    PARTY: { description: '组织部门（党群服务中心）' },
    PRACTICE: { description: '宣传部门（新时代文明实践）' },
    CULTURE: { description: '文化和旅游部门（文化站）' },
    SOCIAL_WORK: { description: '民政部门（社工站）' },
    FACILITIES: { description: '平台、乡镇（场地共享层）' },
  },
});

@ObjectType('OpeningHours', { description: 'Open from–to on a weekday. 开放时段。' })
export class OpeningHours {
  @Field(() => Weekday, { description: 'Weekday. 星期。' })
  weekday!: Weekday;

  @Field(() => String, { description: 'Opens at, HH:MM local time. 开始时间。' })
  from!: string;

  @Field(() => String, { description: 'Closes at, HH:MM local time. 结束时间。' })
  to!: string;
}

@ObjectType('SharingRule', { description: 'How a space is shared, set by the department that manages it. 共享规则。' })
export class SharingRule {
  @Field(() => Department, { description: 'The department that manages the space and approves requests. 管理部门。' })
  managingDepartment!: Department;

  @Field(() => Boolean, { description: 'Offered to other departments at all (counselling rooms never are). 是否共享。' })
  shared!: boolean;

  @Field(() => [OpeningHours], { description: 'When it is open, by weekday. 开放时间。' })
  openingHours!: OpeningHours[];

  @Field(() => [LocalDateResolver], {
    description: 'Days it is closed: its own closures and, when it closes on them, the public holidays. 闭馆日期。',
  })
  closedDates!: string[];

  @Field(() => Boolean, { description: 'Closed on public holidays (listed in closedDates). 法定节假日闭馆。' })
  closedOnPublicHolidays!: boolean;

  @Field(() => Int, { description: 'Hours of notice a request needs. 最短提前预约小时数。' })
  minNoticeHours!: number;

  @Field(() => Int, { description: 'Longest booking, in hours. 单次最长使用小时数。' })
  maxDurationHours!: number;

  @Field(() => WhoMayBook, { description: 'Who may ask. 可预约对象。' })
  whoMayBook!: WhoMayBook;

  @Field(() => [Department], { description: 'The departments that may ask, when whoMayBook is NAMED_DEPARTMENTS. 指定部门。' })
  allowedDepartments!: Department[];

  @Field(() => Boolean, {
    description: 'A request waits for the managing department’s approval (else it is approved at once). 是否需要审批。',
  })
  needsApproval!: boolean;

  spaceId!: string;
}

@ObjectType('SpaceUtilisation', {
  description: 'How much the shared spaces of one managing department in a region were used in a month. 共享空间使用率。',
})
export class SpaceUtilisation {
  @Field(() => Department, { description: 'The department that manages the spaces. 管理部门。' })
  department!: Department;

  @Field(() => Int, { description: 'Shared spaces it manages here. 共享空间数。' })
  sharedSpaces!: number;

  @Field(() => Float, { description: 'Hours they were open in the month: opening hours of each day, less closed dates. 开放小时数。' })
  openHours!: number;

  @Field(() => Float, { description: 'Hours approved bookings held them. 预约使用小时数。' })
  bookedHours!: number;

  @Field(() => Float, { description: 'Of bookedHours, those booked by other departments. 其他部门预约小时数。' })
  bookedByOtherDepartmentsHours!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'bookedHours ÷ openHours (4 decimals): 0 to 1, unless rooms were booked on days since closed; null when never open. 使用率。',
  })
  rate!: number | null;
}
