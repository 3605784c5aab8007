import { daysBetween } from '../calendar/fiscal-quarter';
import type { Cadence } from './schedule';

/**
 * Cadence kept: whether a series met as often as its cadence asks, over a window of days. It reads
 * only the dates of held (completed) meetings, never what was said, so the chain above a pair and
 * admins can see it.
 *
 * - **expected**: how many whole cadence periods fit in the part of the window the series was
 *   running (from its start, or the window's start if later, to the window's end): a week for
 *   weekly, two weeks for biweekly, 28 days for monthly (four weeks, as a monthly meeting on "the
 *   second Tuesday" is four or five weeks apart).
 * - **held**: completed meetings whose day falls in that part of the window.
 * - **kept** when held reaches at least three quarters of expected (one missed weekly meeting in a
 *   month still counts as kept; two do not); a series with nothing expected yet is kept.
 */

export const PERIOD_DAYS: Record<Cadence, number> = { weekly: 7, biweekly: 14, monthly: 28 };

/** The share of expected meetings a series must hold to count as kept. */
export const KEPT_SHARE = 0.75;

export interface CadenceInput {
  cadence: Cadence;
  /** The day the series began (its creation); meetings are expected only from then. */
  seriesStart: string;
  /** The window, both days included (YYYY-MM-DD). */
  from: string;
  to: string;
  /** The days (YYYY-MM-DD) of the series' completed meetings; any outside the window are ignored. */
  heldDates: readonly string[];
}

export interface CadenceFigures {
  expected: number;
  held: number;
  kept: boolean;
}

export function cadenceKept(input: CadenceInput): CadenceFigures {
  const start = input.seriesStart > input.from ? input.seriesStart : input.from;
  if (start > input.to) return { expected: 0, held: 0, kept: true };
  const days = daysBetween(start, input.to) + 1;
  const expected = Math.floor(days / PERIOD_DAYS[input.cadence]);
  const held = input.heldDates.filter((d) => d >= start && d <= input.to).length;
  return { expected, held, kept: held >= expected * KEPT_SHARE };
}

/** Figures of several series added up (a manager's across their series). */
export function sumCadence(figures: readonly CadenceFigures[]): CadenceFigures {
  const expected = figures.reduce((n, f) => n + f.expected, 0);
  const held = figures.reduce((n, f) => n + Math.min(f.held, f.expected), 0);
  return { expected, held, kept: held >= expected * KEPT_SHARE };
}
