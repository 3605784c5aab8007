import type { Period, TimeTotals } from './capacity';

/** Four weeks without development time is a month of a person's growth spent on other things. */
export const DEFAULT_DROUGHT_WEEKS = 4;

export interface DevelopmentDrought {
  /** The first and last week of the longest run of working weeks without development time. */
  from: string;
  to: string;
  weeks: number;
}

/**
 * The longest run of consecutive working weeks with no confirmed development time, when it lasts
 * `minWeeks` or more; null otherwise. Weeks away (no capacity) neither count nor break a run.
 */
export function developmentDrought(
  periods: readonly Period[],
  totals: readonly TimeTotals[],
  minWeeks = DEFAULT_DROUGHT_WEEKS,
): DevelopmentDrought | null {
  let best: DevelopmentDrought | null = null;
  let run: DevelopmentDrought | null = null;
  for (let i = 0; i < periods.length; i++) {
    const t = totals[i];
    if (t.capacityDays <= 1e-9) continue;
    if (t.developmentDays > 1e-9) {
      run = null;
      continue;
    }
    const previous: DevelopmentDrought | null = run;
    const current: DevelopmentDrought = previous
      ? { from: previous.from, to: periods[i].key, weeks: previous.weeks + 1 }
      : { from: periods[i].key, to: periods[i].key, weeks: 1 };
    run = current;
    if (!best || current.weeks > best.weeks) best = current;
  }
  return best && best.weeks >= minWeeks ? best : null;
}
