import { monthNames } from '@web/shared/utils/format';

export interface MonthGroup<T> {
  /** "2026-11" */
  key: string;
  /** "November 2026" */
  label: string;
  items: T[];
}

/** Entries by the month of their ISO date, newest month first; entries keep their order inside a month. */
export function groupByMonth<T extends { date: string }>(items: readonly T[]): MonthGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = item.date.slice(0, 7);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
    .map(([key, grouped]) => ({
      key,
      label: `${monthNames[Number(key.slice(5, 7)) - 1] ?? key} ${key.slice(0, 4)}`,
      items: [...grouped].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)),
    }));
}
