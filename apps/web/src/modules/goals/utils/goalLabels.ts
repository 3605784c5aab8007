import type { CheckInConfidence, GoalHealthState, GoalStatus } from '@web/generated/graphql';

export const goalStatusLabels: Record<GoalStatus, string> = {
  DRAFT: 'Draft',
  ACTIVE: 'Active',
  AT_RISK: 'At risk',
  DONE: 'Done',
  DROPPED: 'Dropped',
};

// Dark shades keep outline badges and text above 4.5:1 on white; Mantine's darkest orange (orange.9)
// is 4.3:1, so warnings use a darker orange of their own (5.8:1).
export const WARNING_TEXT_COLOR = '#b53b06';

export const goalStatusColors: Record<GoalStatus, string> = {
  DRAFT: 'gray.8',
  ACTIVE: 'indigo.8',
  AT_RISK: WARNING_TEXT_COLOR,
  DONE: 'teal.9',
  DROPPED: 'gray.8',
};

export const goalStatusOptions = (['DRAFT', 'ACTIVE', 'AT_RISK', 'DONE', 'DROPPED'] as const).map((value) => ({
  value,
  label: goalStatusLabels[value],
}));

/** Draft, active and at-risk goals are open; done and dropped ones are closed. */
export function isOpenGoal(status: GoalStatus): boolean {
  return status !== 'DONE' && status !== 'DROPPED';
}

/** Only active and at-risk goals take check-ins (the API refuses the others). */
export function canCheckIn(status: GoalStatus): boolean {
  return status === 'ACTIVE' || status === 'AT_RISK';
}

interface HealthLook {
  label: string;
  /** Text colour (AA on white). */
  color: string;
  /** The progress bar's fill. */
  barColor: string;
}

export const goalHealthLooks: Record<GoalHealthState, HealthLook> = {
  ON_TRACK: { label: 'On track', color: 'teal.9', barColor: 'teal.7' },
  NOT_STARTED: { label: 'Not started', color: 'gray.8', barColor: 'gray.6' },
  BEHIND: { label: 'Behind', color: WARNING_TEXT_COLOR, barColor: 'orange.6' },
  OFF_TRACK: { label: 'Off track', color: 'red.9', barColor: 'red.7' },
  OVERDUE: { label: 'Overdue', color: 'red.9', barColor: 'red.7' },
  DONE: { label: 'Done', color: 'teal.9', barColor: 'teal.7' },
  DROPPED: { label: 'Dropped', color: 'gray.8', barColor: 'gray.5' },
  DRAFT: { label: 'Draft', color: 'gray.8', barColor: 'gray.5' },
};

export const confidenceLabels: Record<CheckInConfidence, string> = {
  ON_TRACK: 'On track',
  AT_RISK: 'At risk',
  OFF_TRACK: 'Off track',
};

export const confidenceColors: Record<CheckInConfidence, string> = {
  ON_TRACK: 'teal.9',
  AT_RISK: WARNING_TEXT_COLOR,
  OFF_TRACK: 'red.9',
};

/** The selected segment's fill; white text on each stays above 4.5:1. */
export const confidenceFills: Record<CheckInConfidence, string> = {
  ON_TRACK: 'teal.9',
  AT_RISK: WARNING_TEXT_COLOR,
  OFF_TRACK: 'red.9',
};

export const confidenceOptions = (['ON_TRACK', 'AT_RISK', 'OFF_TRACK'] as const).map((value) => ({
  value,
  label: confidenceLabels[value],
}));

/** "No check-in for 23 days", or "No check-in yet" when there has never been one. */
export function staleLabel(daysSinceCheckIn: number | null | undefined): string {
  if (daysSinceCheckIn === null || daysSinceCheckIn === undefined) return 'Stale: no check-in yet';
  return `Stale: no check-in for ${daysSinceCheckIn} day${daysSinceCheckIn === 1 ? '' : 's'}`;
}
