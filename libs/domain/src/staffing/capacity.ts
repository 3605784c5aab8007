import { dayNumber } from '../calendar/fiscal-quarter';
import { fiscalQuarterOf } from '../calendar/fiscal-quarter';
import { dateOfDayNumber, isoWeekOf, weekdayOfDayNumber, type Weekday } from '../calendar/local-date';

/** What time is spent on: the work the business needs now, growth, or keeping things running. */
export type WorkKind = 'delivery' | 'development' | 'support';
/** Tentative work is pencilled in: shown, and counted apart from the confirmed plan. */
export type AllocationStatus = 'tentative' | 'confirmed';

/** Monday to Friday. */
export const DEFAULT_WORKING_DAYS: readonly Weekday[] = [1, 2, 3, 4, 5];
/** Below this share of their capacity a person counts as idle. */
export const DEFAULT_IDLE_BELOW = 0.8;
/** Shares are compared with this slack, so that 3 × 33.34% is not "over". */
const EPSILON = 1e-9;

export interface WorkingTime {
  /** The ISO weekdays the person works (a four-day week leaves one out). */
  workingDays: readonly Weekday[];
  /** Days off for everyone on the person's holiday calendar (YYYY-MM-DD). */
  holidays?: ReadonlySet<string>;
}

export interface AllocationFact {
  /** First and last day (YYYY-MM-DD), inclusive. */
  start: string;
  end: string;
  /** Share of the person's working time, in percent (100 is full time). */
  percent: number;
  kind: WorkKind;
  status: AllocationStatus;
  /** The competencies the work exercises (its need's, else none). */
  competencyKeys?: readonly string[];
}

export interface TimeOffFact {
  start: string;
  end: string;
  /** Share of each day taken off, in percent (a full day off is 100). */
  percent: number;
}

export interface PersonPlan {
  working: WorkingTime;
  allocations: readonly AllocationFact[];
  timeOff: readonly TimeOffFact[];
  /** Competencies of the person's active growth goals: delivery that exercises one is growth-aligned. */
  goalCompetencyKeys?: ReadonlySet<string>;
}

/**
 * Time in days, summed over a period. A day's capacity is 1 on a working day, less the share
 * taken off; allocations are shares of that capacity, so time off never makes anyone "over".
 */
export interface TimeTotals {
  /** Working days by the person's pattern, holidays left out. */
  workingDays: number;
  /** Working days left after time off. */
  capacityDays: number;
  /** Confirmed work, in days. */
  allocatedDays: number;
  /** Tentative work, in days, apart from the confirmed. */
  tentativeDays: number;
  deliveryDays: number;
  developmentDays: number;
  supportDays: number;
  /** Confirmed delivery on work that exercises a competency of one of the person's active goals. */
  growthAlignedDays: number;
}

export interface Period {
  key: string;
  /** First and last day of the period inside the asked range. */
  start: string;
  end: string;
}

export type Bucketing = { by: 'week' } | { by: 'month' } | { by: 'quarter'; fiscalStartMonth: number };

/**
 * The days of a range and the period each falls in, worked out once and shared by every person:
 * the timeline of 500 people over 26 weeks walks the same calendar 500 times.
 */
export interface PlanCalendar {
  firstDay: number;
  dayCount: number;
  weekdays: Uint8Array;
  periodOfDay: Int32Array;
  /** Each period's first and last day, as indexes into the calendar's days. */
  periodFirst: Int32Array;
  periodLast: Int32Array;
  periods: Period[];
}

function periodKeyOf(day: number, bucketing: Bucketing): string {
  const date = dateOfDayNumber(day);
  if (bucketing.by === 'week') return isoWeekOf(date).key;
  if (bucketing.by === 'month') return date.slice(0, 7);
  const q = fiscalQuarterOf(date, bucketing.fiscalStartMonth);
  return `FY${q.fiscalYear}-Q${q.quarter}`;
}

/** The calendar of [from, to] (inclusive, YYYY-MM-DD) cut into weeks, months or fiscal quarters. */
export function planCalendar(from: string, to: string, bucketing: Bucketing = { by: 'week' }): PlanCalendar {
  const firstDay = dayNumber(from);
  const lastDay = dayNumber(to);
  if (lastDay < firstDay) throw new RangeError(`The range ends (${to}) before it starts (${from}).`);
  const dayCount = lastDay - firstDay + 1;
  const weekdays = new Uint8Array(dayCount);
  const periodOfDay = new Int32Array(dayCount);
  const periods: Period[] = [];
  let current: Period | null = null;
  for (let i = 0; i < dayCount; i++) {
    const day = firstDay + i;
    weekdays[i] = weekdayOfDayNumber(day);
    // A new period starts on its first day, or on the range's first day: keys are checked only there.
    const boundary =
      current === null || (bucketing.by === 'week' ? weekdays[i] === 1 : dateOfDayNumber(day).endsWith('-01'));
    if (boundary) {
      const key = periodKeyOf(day, bucketing);
      if (!current || current.key !== key) {
        current = { key, start: dateOfDayNumber(day), end: dateOfDayNumber(day) };
        periods.push(current);
      }
    }
    const open = current as Period;
    open.end = dateOfDayNumber(day);
    periodOfDay[i] = periods.length - 1;
  }
  const periodFirst = new Int32Array(periods.length).fill(-1);
  const periodLast = new Int32Array(periods.length);
  for (let i = 0; i < dayCount; i++) {
    const p = periodOfDay[i];
    if (periodFirst[p] < 0) periodFirst[p] = i;
    periodLast[p] = i;
  }
  return { firstDay, dayCount, weekdays, periodOfDay, periodFirst, periodLast, periods };
}

export function emptyTotals(): TimeTotals {
  return {
    workingDays: 0,
    capacityDays: 0,
    allocatedDays: 0,
    tentativeDays: 0,
    deliveryDays: 0,
    developmentDays: 0,
    supportDays: 0,
    growthAlignedDays: 0,
  };
}

function overlapsGoals(keys: readonly string[] | undefined, goals: ReadonlySet<string> | undefined): boolean {
  if (!keys || !goals || goals.size === 0) return false;
  return keys.some((k) => goals.has(k));
}

/** One person's time per period of the calendar. */
export function personTotals(calendar: PlanCalendar, plan: PersonPlan): TimeTotals[] {
  const { firstDay, dayCount, weekdays, periodOfDay, periods } = calendar;
  const works = new Uint8Array(8);
  for (const d of plan.working.workingDays) works[d] = 1;
  // Each day's capacity: 1 on a working day that is not a holiday, less the time taken off.
  const working = new Float64Array(dayCount);
  for (let i = 0; i < dayCount; i++) working[i] = works[weekdays[i]];
  if (plan.working.holidays && plan.working.holidays.size > 0) {
    for (const holiday of plan.working.holidays) {
      const i = dayNumber(holiday) - firstDay;
      if (i >= 0 && i < dayCount) working[i] = 0;
    }
  }
  const capacity = Float64Array.from(working);
  for (const off of plan.timeOff) {
    const from = Math.max(dayNumber(off.start) - firstDay, 0);
    const to = Math.min(dayNumber(off.end) - firstDay, dayCount - 1);
    const share = off.percent / 100;
    for (let i = from; i <= to; i++) capacity[i] = Math.max(0, capacity[i] - share * working[i]);
  }

  const totals = periods.map(emptyTotals);
  // Capacity summed up to each day: an allocation's days in a period are its share of a difference.
  const before = new Float64Array(dayCount + 1);
  for (let i = 0; i < dayCount; i++) {
    const t = totals[periodOfDay[i]];
    t.workingDays += working[i];
    t.capacityDays += capacity[i];
    before[i + 1] = before[i] + capacity[i];
  }
  const { periodFirst, periodLast } = calendar;
  for (const a of plan.allocations) {
    const from = Math.max(dayNumber(a.start) - firstDay, 0);
    const to = Math.min(dayNumber(a.end) - firstDay, dayCount - 1);
    if (to < from) continue;
    const share = a.percent / 100;
    const confirmed = a.status === 'confirmed';
    const aligned = confirmed && a.kind === 'delivery' && overlapsGoals(a.competencyKeys, plan.goalCompetencyKeys);
    for (let p = periodOfDay[from]; p <= periodOfDay[to]; p++) {
      const first = Math.max(from, periodFirst[p]);
      const last = Math.min(to, periodLast[p]);
      const days = share * (before[last + 1] - before[first]);
      if (days === 0) continue;
      const t = totals[p];
      if (!confirmed) {
        t.tentativeDays += days;
        continue;
      }
      t.allocatedDays += days;
      if (a.kind === 'delivery') t.deliveryDays += days;
      else if (a.kind === 'development') t.developmentDays += days;
      else t.supportDays += days;
      if (aligned) t.growthAlignedDays += days;
    }
  }
  return totals;
}

/** Adds totals up (a team, a quarter of weeks). */
export function sumTotals(list: readonly TimeTotals[]): TimeTotals {
  const sum = emptyTotals();
  for (const t of list) {
    sum.workingDays += t.workingDays;
    sum.capacityDays += t.capacityDays;
    sum.allocatedDays += t.allocatedDays;
    sum.tentativeDays += t.tentativeDays;
    sum.deliveryDays += t.deliveryDays;
    sum.developmentDays += t.developmentDays;
    sum.supportDays += t.supportDays;
    sum.growthAlignedDays += t.growthAlignedDays;
  }
  return sum;
}

const ratio = (part: number, whole: number) => (whole > EPSILON ? part / whole : 0);

/** Shares of a period, as fractions (0.2 is 20%). */
export interface Balance {
  /** Confirmed work against capacity: above 1 is over-allocated. */
  allocatedShare: number;
  tentativeShare: number;
  /** Confirmed work plus tentative, against capacity. */
  plannedShare: number;
  /** Shares of the confirmed work. */
  deliveryShare: number;
  developmentShare: number;
  supportShare: number;
  /** Share of delivery that exercises a competency of the person's active goals. */
  growthAlignedShare: number;
  /** Development share below the target (0 when at or above it). */
  developmentShortfall: number;
  overAllocated: boolean;
  overWithTentative: boolean;
  /** Working time left unplanned: capacity, confirmed work below the idle threshold. */
  idle: boolean;
  /** Working days in the period but no capacity left: away the whole period. */
  away: boolean;
}

export interface BalanceOptions {
  /** Target share of development time (0.2 by default). */
  developmentTarget?: number;
  idleBelow?: number;
}

export function balanceOf(t: TimeTotals, options: BalanceOptions = {}): Balance {
  const target = options.developmentTarget ?? 0.2;
  const idleBelow = options.idleBelow ?? DEFAULT_IDLE_BELOW;
  const allocatedShare = ratio(t.allocatedDays, t.capacityDays);
  const tentativeShare = ratio(t.tentativeDays, t.capacityDays);
  const developmentShare = ratio(t.developmentDays, t.allocatedDays);
  const hasCapacity = t.capacityDays > EPSILON;
  return {
    allocatedShare,
    tentativeShare,
    plannedShare: allocatedShare + tentativeShare,
    deliveryShare: ratio(t.deliveryDays, t.allocatedDays),
    developmentShare,
    supportShare: ratio(t.supportDays, t.allocatedDays),
    growthAlignedShare: ratio(t.growthAlignedDays, t.deliveryDays),
    developmentShortfall: t.allocatedDays > EPSILON ? Math.max(0, target - developmentShare) : target,
    overAllocated: hasCapacity && allocatedShare > 1 + EPSILON,
    overWithTentative: hasCapacity && allocatedShare + tentativeShare > 1 + EPSILON,
    idle: hasCapacity && allocatedShare < idleBelow - EPSILON,
    away: t.workingDays > EPSILON && !hasCapacity,
  };
}

/** The periods in which confirmed work exceeds capacity. */
export function overAllocatedPeriods(calendar: PlanCalendar, totals: readonly TimeTotals[]): Period[] {
  return calendar.periods.filter((_, i) => balanceOf(totals[i]).overAllocated);
}
