/** Who the calibration's list of reviews shows: everyone, one manager's people or one team. */
export type ReviewFilter = 'all' | `manager:${string}` | `team:${string}`;

interface FilterableReview {
  person: { managerName?: string | null; teamName?: string | null };
}

/** The choices of the filter, from the reviews listed: managers first, then teams, by name. */
export function reviewFilterOptions(reviews: readonly FilterableReview[]): { value: ReviewFilter; label: string }[] {
  const names = (pick: (r: FilterableReview) => string | null | undefined) =>
    [...new Set(reviews.map(pick).filter((n): n is string => Boolean(n)))].sort((a, b) => a.localeCompare(b));
  return [
    { value: 'all', label: 'Everyone' },
    ...names((r) => r.person.managerName).map((n) => ({ value: `manager:${n}` as const, label: `Reports to ${n}` })),
    ...names((r) => r.person.teamName).map((n) => ({ value: `team:${n}` as const, label: `Team ${n}` })),
  ];
}

/** The reviews the filter keeps. */
export function filterReviews<T extends FilterableReview>(reviews: readonly T[], filter: ReviewFilter): T[] {
  if (filter === 'all') return [...reviews];
  if (filter.startsWith('manager:')) return reviews.filter((r) => r.person.managerName === filter.slice(8));
  return reviews.filter((r) => r.person.teamName === filter.slice(5));
}
