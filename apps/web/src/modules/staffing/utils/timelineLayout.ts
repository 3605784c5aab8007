import { addDays, dayNumber } from '@trellis/domain';

/** A week column of the timeline. */
export interface WeekColumn {
  key: string;
  monday: string;
}

export interface Span {
  /** First and last week column the range touches (inclusive). */
  first: number;
  last: number;
  /** The range goes on before the first column or after the last one. */
  continuesBefore: boolean;
  continuesAfter: boolean;
}

/** The week columns a date range touches, or null when it lies outside them all. */
export function spanOf(start: string, end: string, weeks: readonly WeekColumn[]): Span | null {
  if (weeks.length === 0) return null;
  const origin = dayNumber(weeks[0].monday);
  const days = weeks.length * 7;
  const from = dayNumber(start) - origin;
  const to = dayNumber(end) - origin;
  if (to < 0 || from >= days) return null;
  return {
    first: Math.max(0, Math.floor(from / 7)),
    last: Math.min(weeks.length - 1, Math.floor(to / 7)),
    continuesBefore: from < 0,
    continuesAfter: to >= days,
  };
}

/**
 * Lanes for bars that may overlap: each bar takes the first lane free over its columns, so a
 * person's row is as tall as their busiest week needs.
 */
export function packLanes<T extends { span: Span }>(
  items: readonly T[],
): { lanes: (T & { lane: number })[]; count: number } {
  const laneEnds: number[] = [];
  const sorted = [...items].sort((a, b) => a.span.first - b.span.first || b.span.last - a.span.last);
  const lanes = sorted.map((item) => {
    let lane = laneEnds.findIndex((end) => end < item.span.first);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = item.span.last;
    return { ...item, lane };
  });
  return { lanes, count: laneEnds.length };
}

/** A range moved by whole weeks, its length kept. */
export function moveByWeeks(range: { startDate: string; endDate: string }, weeks: number) {
  return { startDate: addDays(range.startDate, weeks * 7), endDate: addDays(range.endDate, weeks * 7) };
}

/** A range whose end moved by whole weeks; it never ends before it starts. */
export function resizeByWeeks(range: { startDate: string; endDate: string }, weeks: number) {
  const moved = addDays(range.endDate, weeks * 7);
  return { startDate: range.startDate, endDate: moved < range.startDate ? range.startDate : moved };
}

/** The range a drag across columns `a` to `b` (either order) asks for: Monday to Friday. */
export function rangeOfColumns(weeks: readonly WeekColumn[], a: number, b: number) {
  const first = Math.max(0, Math.min(a, b));
  const last = Math.min(weeks.length - 1, Math.max(a, b));
  return { startDate: weeks[first].monday, endDate: addDays(weeks[last].monday, 4) };
}

export type WeekTone = 'over' | 'idle' | 'away' | 'planned' | 'off';

/** How a person's week reads at a glance. */
export function weekTone(week: {
  workingDays: number;
  overAllocated: boolean;
  idle: boolean;
  away: boolean;
}): WeekTone {
  if (week.workingDays === 0) return 'off';
  if (week.away) return 'away';
  if (week.overAllocated) return 'over';
  if (week.idle) return 'idle';
  return 'planned';
}

/** "70%": a share (0.7) as people read it. */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2 Mar" (with the year when asked). */
export function shortDate(date: string, withYear = false): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]}${withYear ? ` ${y}` : ''}`;
}

/** "W10" from "2026-W10". */
export function weekNumber(key: string): string {
  return `W${key.slice(6)}`;
}
