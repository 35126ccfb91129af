import { VENUE_DEPARTMENT_NAMES } from '../../kit/departments.js';
import { Random } from '../random.js';
import { addDays, daysOfMonth, localInstant, toMinutes, weekdayOf } from '../../kit/local-time.js';
import { PUBLIC_HOLIDAYS_2021 } from './calendar.js';
import type { BookingEquipmentSeed, BookingSeed, DepartmentName, EquipmentSeed, SharingRuleSeed, SpaceKind, SpaceSeed } from './types.js';

/**
 * The booking history of the seed: the last whole month before the reference date (2021-06-02), every
 * booking decided. Each shared space is booked on an open day with a chance that depends on what it is
 * and where (a county hall far more than a village meeting room), for one to three hours inside its
 * opening hours, never overlapping another live booking, mostly by other departments (that is what
 * sharing is for), sometimes taking some of the room's equipment with it.
 */
export const HISTORY_MONTHS = ['2021-05'] as const;

/** Chance that a space of a kind is booked on an open day, at township level and above. */
const DAILY_CHANCE: Record<SpaceKind, number> = {
  MULTI_FUNCTION_HALL: 0.45,
  MEETING_ROOM: 0.55,
  TRAINING_ROOM: 0.5,
  READING_ROOM: 0.15,
  SPORTS_ROOM: 0.3,
  ACTIVITY_ROOM: 0.35,
  OUTDOOR_SQUARE: 0.1,
  COUNSELLING_ROOM: 0,
};
/** Village rooms are booked through the platform far less often. */
const VILLAGE_FACTOR = 0.06;

const PURPOSES: Record<DepartmentName, string[]> = {
  party: ['主题党日活动', '党员学习教育', '党建联席会议', '两新组织党建培训'],
  practice: ['志愿服务培训', '文明实践宣讲', '移风易俗宣传', '志愿者表彰会'],
  culture: ['广场舞排练', '书法培训班', '非遗展示', '送戏下乡排练', '文艺汇演'],
  'social-work': ['老年人小组活动', '儿童四点半课堂', '个案会商', '社工督导培训', '困境家庭帮扶协调会'],
  facilities: ['乡镇工作会议'],
};
const OFFICE: Record<DepartmentName, string> = {
  party: '组织办',
  practice: '宣传办',
  culture: '文化站',
  'social-work': '社工站',
  facilities: '党政办',
};
const DEPARTMENTS: readonly DepartmentName[] = VENUE_DEPARTMENT_NAMES;
/** Local (UTC+8) day and minute to an ISO instant at UTC, as stored. */
const instant = (day: string, minute: number) => localInstant(day, minute).toISOString();

const DAYS = HISTORY_MONTHS.flatMap((month) => daysOfMonth(month).map((d) => d.day));
const HOLIDAYS = new Set(PUBLIC_HOLIDAYS_2021.map((h) => h.day));

export function bookingHistory(
  seed: number,
  space: SpaceSeed,
  rule: SharingRuleSeed,
  equipment: readonly EquipmentSeed[],
  regionCode: string,
): { bookings: BookingSeed[]; bookingEquipment: BookingEquipmentSeed[] } {
  const bookings: BookingSeed[] = [];
  const bookingEquipment: BookingEquipmentSeed[] = [];
  if (!rule.shared) return { bookings, bookingEquipment };
  const rnd = Random.for(seed, `${space.id}:bookings`);
  const chance = DAILY_CHANCE[space.kind] * (regionCode.length === 12 ? VILLAGE_FACTOR : 1);
  const mayBook = rule.whoMayBook === 'NAMED_DEPARTMENTS' ? [rule.managingDept, ...rule.allowedDepts] : DEPARTMENTS;
  const area = regionCode.slice(0, 9);
  const loanable = equipment.filter((e) => e.kind === 'MICROPHONE' || e.kind === 'PROJECTOR' || e.kind === 'SOUND_SYSTEM');
  for (const day of DAYS) {
    if (rule.closedDates.includes(day) || (rule.closedOnPublicHolidays && HOLIDAYS.has(day)) || !rnd.chance(chance)) continue;
    const spans = rule.openingHours[weekdayOf(day)] ?? [];
    if (spans.length === 0) continue;
    const [from, to] = spans[0]!;
    const open = toMinutes(from);
    const length = toMinutes(to) - open;
    // One booking in the day, or two: one in each half, so they never overlap.
    const halves = rnd.chance(0.3)
      ? [
          [open, open + Math.floor(length / 60) * 30],
          [open + Math.floor(length / 60) * 30, open + length],
        ]
      : [[open, open + length]];
    halves.forEach(([start, end], k) => {
      const slots = Math.floor((end! - start!) / 30);
      const duration = Math.min(rnd.int(2, 6), slots, rule.maxDurationHours * 2);
      if (duration < 1) return;
      const begin = start! + rnd.int(0, slots - duration) * 30;
      const dept = rnd.chance(0.35) ? rule.managingDept : rnd.pick(mayBook);
      const decided = rnd.int(0, 99);
      const status: BookingSeed['status'] = decided < 88 ? 'APPROVED' : decided < 94 || !rule.needsApproval ? 'CANCELLED' : 'REJECTED';
      const startsAt = instant(day, begin);
      const createdAt = instant(addDays(day, -rnd.int(3, 12)), 9 * 60 + rnd.int(0, 480));
      const id = `${space.id}-b${day.replaceAll('-', '')}${k + 1}`;
      bookings.push({
        id,
        spaceId: space.id,
        startsAt,
        endsAt: instant(day, begin + duration * 30),
        status,
        requesterSub: `seed:${dept}:${area}`,
        requesterDept: dept,
        purpose: rnd.pick(PURPOSES[dept]),
        attendees: rnd.int(Math.min(5, space.capacity), space.capacity),
        contact: `${OFFICE[dept]} 0${rnd.int(570, 580)}-${rnd.int(8_100_0000, 8_899_9999)}`,
        idempotencyKey: `seed-${id}`,
        createdAt,
        decidedBy: `seed:${rule.managingDept}:${area}`,
        decidedAt: rule.needsApproval ? instant(addDays(day, -2), 10 * 60) : createdAt,
      });
      const e = loanable.length > 0 && rnd.chance(0.4) ? rnd.pick(loanable) : null;
      if (e) bookingEquipment.push({ bookingId: id, equipmentId: e.id, quantity: rnd.int(1, e.quantity) });
    });
  }
  return { bookings, bookingEquipment };
}
