import type { OneOnOneCadence, OneOnOneKind } from '@web/generated/graphql';

export const CADENCE_OPTIONS: { value: OneOnOneCadence; label: string }[] = [
  { value: 'WEEKLY', label: 'Weekly' },
  { value: 'BIWEEKLY', label: 'Every two weeks' },
  { value: 'MONTHLY', label: 'Monthly' },
];

export const WEEKDAY_OPTIONS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map(
  (label, i) => ({ value: String(i + 1), label }),
);

interface PersonOption {
  id: string;
  name: string;
  title: string;
  manager?: { id: string } | null;
}

/**
 * Whom the viewer may pick for a kind of series: their direct reports for a manager's one-on-one,
 * anyone else otherwise (the API checks the reporting line of a skip-level). Sorted by name.
 */
export function partnerChoices(
  people: readonly PersonOption[],
  viewerPersonId: string,
  kind: OneOnOneKind,
): { value: string; label: string }[] {
  return people
    .filter((p) => p.id !== viewerPersonId)
    .filter((p) => kind !== 'MANAGER_REPORT' || p.manager?.id === viewerPersonId)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((p) => ({ value: p.id, label: p.title ? `${p.name} · ${p.title}` : p.name }));
}

/** Who leads the series: the viewer, except in mentoring where the mentor leads. */
export function pairOf(
  kind: OneOnOneKind,
  viewerPersonId: string,
  otherId: string,
  viewerMentors: boolean,
): { leadId: string; partnerId: string } {
  if (kind === 'MENTORING' && !viewerMentors) return { leadId: otherId, partnerId: viewerPersonId };
  return { leadId: viewerPersonId, partnerId: otherId };
}
