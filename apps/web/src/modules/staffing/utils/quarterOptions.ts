import { nextQuarterKey, previousQuarterKey, quarterKey } from '@trellis/domain';
import { quarterLabel } from '@web/modules/goals/utils/quarters';

/** The quarters a balance can be read for: two before the current one, it, and two after. */
export function balanceQuarterOptions(current: { fiscalYear: number; quarter: number }): {
  value: string;
  label: string;
}[] {
  const now = quarterKey(current);
  const keys = [previousQuarterKey(previousQuarterKey(now)), previousQuarterKey(now), now];
  keys.push(nextQuarterKey(now), nextQuarterKey(nextQuarterKey(now)));
  return keys.map((key) => ({
    value: key,
    label: key === now ? `${quarterLabel(key)} (this quarter)` : quarterLabel(key),
  }));
}

/** Whole weeks from the Monday on or before `start` through `end`, for a timeline that covers them. */
export function weeksCovering(monday: string, end: string): number {
  const days = Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${monday}T00:00:00Z`)) / 86_400_000);
  return Math.floor(days / 7) + 1;
}
