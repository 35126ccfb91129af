import { LOCAL_DATE } from '../../../kit/scalars.js';
import { Field, Int, ObjectType } from 'type-graphql';
import { WhoMayBook } from './who-may-book.js';
import { Department } from './department.js';
import { OpeningHours } from './opening-hours.js';

@ObjectType('SharingRule', { description: 'How a space is shared, set by the department that manages it. 共享规则。' })
export class SharingRule {
  @Field(() => Department, { description: 'The department that manages the space and approves requests. 管理部门。' })
  managingDepartment!: Department;

  @Field(() => Boolean, { description: 'Offered to other departments at all (counselling rooms never are). 是否共享。' })
  shared!: boolean;

  @Field(() => [OpeningHours], { description: 'When it is open, by weekday. 开放时间。' })
  openingHours!: OpeningHours[];

  @Field(() => [LOCAL_DATE.scalar], {
    description: 'Days it is closed: its own closures and, when it closes on them, the public holidays. 闭馆日期。',
  })
  closedDates!: string[];

  @Field(() => Boolean, { description: 'Closed on public holidays (listed in closedDates). 法定节假日闭馆。' })
  closedOnPublicHolidays!: boolean;

  @Field(() => Int, { description: 'Hours of notice a request needs. 最短提前预约小时数。' })
  minNoticeHours!: number;

  @Field(() => Int, { description: 'Longest booking, in hours. 单次最长使用小时数。' })
  maxDurationHours!: number;

  @Field(() => Int, { description: 'How many days ahead a booking may start. 最远可提前预约天数。' })
  maxDaysAhead!: number;

  @Field(() => Int, { description: 'Shortest booking, in minutes. 单次最短使用分钟数。' })
  minDurationMinutes!: number;

  @Field(() => Int, {
    description: 'Bookings start and end on this step of the local clock, in minutes (15: :00, :15, :30, :45). 预约时间步长（分钟）。',
  })
  stepMinutes!: number;

  @Field(() => Int, {
    description:
      'Hours a month (local calendar month) one requesting department may hold of this space, requested and approved together; the managing department has no limit. 每部门每月可预约小时数。',
  })
  monthlyQuotaHours!: number;

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
