import type { AllocationStatus, ProjectStatus, TimeOffCategory, WorkKind } from '@web/generated/graphql';
import { formatDate } from '@web/shared/utils/format';

export const workKindLabels: Record<WorkKind, string> = {
  DELIVERY: 'Delivery',
  DEVELOPMENT: 'Development',
  SUPPORT: 'Support',
};

/** The kind's colour, alike in badges and the balance chart (the staffing timeline uses the same). */
export const workKindColors: Record<WorkKind, string> = {
  DELIVERY: 'indigo',
  DEVELOPMENT: 'teal',
  SUPPORT: 'orange',
};

export const workKindOptions = (Object.keys(workKindLabels) as WorkKind[]).map((value) => ({
  value,
  label: workKindLabels[value],
}));

export const projectStatusLabels: Record<ProjectStatus, string> = {
  ACTIVE: 'Active',
  PROPOSED: 'Proposed',
  DONE: 'Done',
  CANCELLED: 'Cancelled',
};

/** Dark shades: as light badges their text keeps 4.5:1 against the tinted background. */
export const projectStatusColors: Record<ProjectStatus, string> = {
  ACTIVE: 'teal.9',
  PROPOSED: 'indigo.8',
  DONE: 'gray.8',
  CANCELLED: 'red.9',
};

/** Open needs and other things to look at: the goals' warning text colour, 4.5:1 on a light tint. */
export const ATTENTION_COLOR = '#b53b06';

/** In the order the API lists projects: what runs now first. */
export const PROJECT_STATUSES: ProjectStatus[] = ['ACTIVE', 'PROPOSED', 'DONE', 'CANCELLED'];

export const projectStatusOptions = PROJECT_STATUSES.map((value) => ({ value, label: projectStatusLabels[value] }));

const priorityWords: Record<number, string> = { 1: 'Highest', 2: 'High', 3: 'Medium', 4: 'Low' };

/** "P1 · Highest": the API's 1 (highest) to 4 (lowest). */
export function priorityLabel(priority: number): string {
  const word = priorityWords[priority];
  return word ? `P${priority} · ${word}` : `P${priority}`;
}

export const priorityOptions = [1, 2, 3, 4].map((value) => ({ value: String(value), label: priorityLabel(value) }));

export const allocationStatusLabels: Record<AllocationStatus, string> = {
  CONFIRMED: 'Confirmed',
  TENTATIVE: 'Tentative',
};

export const timeOffCategoryLabels: Record<TimeOffCategory, string> = {
  LEAVE: 'Leave',
  OTHER: 'Other time away',
};

export const timeOffCategoryOptions = (Object.keys(timeOffCategoryLabels) as TimeOffCategory[]).map((value) => ({
  value,
  label: timeOffCategoryLabels[value],
}));

/** A fraction (0.2) as a whole percentage ("20%"). */
export function formatShare(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** "3 Mar 2026 – 28 Jun 2026"; one date when both ends are the same day. */
export function formatRange(startDate: string, endDate: string): string {
  return startDate === endDate ? formatDate(startDate) : `${formatDate(startDate)} – ${formatDate(endDate)}`;
}

/** "2026-W10" → "W10". */
export function shortWeek(week: string): string {
  const match = /-W(\d{2})$/.exec(week);
  return match ? `W${match[1]}` : week;
}

/** "no development time for 5 weeks: W10–W14". */
export function droughtText(drought: { from: string; to: string; weeks: number }): string {
  const span =
    drought.from === drought.to ? shortWeek(drought.from) : `${shortWeek(drought.from)}–${shortWeek(drought.to)}`;
  return `No development time for ${drought.weeks} ${drought.weeks === 1 ? 'week' : 'weeks'}: ${span}`;
}

export function pluralize(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
