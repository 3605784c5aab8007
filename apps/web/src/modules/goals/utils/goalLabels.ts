import { goalPace } from '@trellis/domain';
import type { CheckInConfidence, GoalFieldsFragment, GoalHealthState, GoalStatus } from '@web/generated/graphql';

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

/*
 * Three signals, three vocabularies:
 * - health, from progress against the time gone: On track, Behind, Well behind (and Overdue);
 * - confidence, as the person said at the last check-in: Confident, Unsure, Worried;
 * - staleness: "No check-in for 25 days".
 * A goal card shows the most urgent one prominently and the others quietly.
 */

export const goalHealthLooks: Record<GoalHealthState, HealthLook> = {
  ON_TRACK: { label: 'On track', color: 'teal.9', barColor: 'teal.7' },
  NOT_STARTED: { label: 'Not started', color: 'gray.8', barColor: 'gray.6' },
  BEHIND: { label: 'Behind', color: WARNING_TEXT_COLOR, barColor: 'orange.6' },
  OFF_TRACK: { label: 'Well behind', color: 'red.9', barColor: 'red.7' },
  OVERDUE: { label: 'Overdue', color: 'red.9', barColor: 'red.7' },
  DONE: { label: 'Done', color: 'teal.9', barColor: 'teal.7' },
  DROPPED: { label: 'Dropped', color: 'gray.8', barColor: 'gray.5' },
  DRAFT: { label: 'Draft', color: 'gray.8', barColor: 'gray.5' },
};

export const confidenceLabels: Record<CheckInConfidence, string> = {
  ON_TRACK: 'Confident',
  AT_RISK: 'Unsure',
  OFF_TRACK: 'Worried',
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
  if (daysSinceCheckIn === null || daysSinceCheckIn === undefined) return 'No check-in yet';
  return `No check-in for ${daysSinceCheckIn} day${daysSinceCheckIn === 1 ? '' : 's'}`;
}

const PACE_STATE: Record<ReturnType<typeof goalPace>, GoalHealthState> = {
  on_track: 'ON_TRACK',
  behind: 'BEHIND',
  off_track: 'OFF_TRACK',
};

/**
 * Health from progress against the time gone alone. The API's state also counts a worried
 * check-in and an at-risk status; here those are signals of their own.
 */
export function paceState(
  health: Pick<GoalFieldsFragment['health'], 'state' | 'progress' | 'expectedProgress'>,
): GoalHealthState {
  if (health.state !== 'ON_TRACK' && health.state !== 'BEHIND' && health.state !== 'OFF_TRACK') return health.state;
  return PACE_STATE[goalPace(health.progress, health.expectedProgress)];
}

export interface GoalSignal {
  kind: 'health' | 'staleness' | 'confidence' | 'status';
  label: string;
  /** Text colour (AA on white). */
  color: string;
  /** 0 asks for nothing; higher is more urgent. */
  urgency: number;
}

const HEALTH_URGENCY: Partial<Record<GoalHealthState, number>> = { OVERDUE: 5, OFF_TRACK: 4, BEHIND: 2 };
const CONFIDENCE_URGENCY: Record<CheckInConfidence, number> = { OFF_TRACK: 4, AT_RISK: 2, ON_TRACK: 0 };

type SignalGoal = Pick<GoalFieldsFragment, 'status' | 'health'> & {
  checkIns: readonly Pick<GoalFieldsFragment['checkIns'][number], 'confidence'>[];
};

/**
 * A goal's signals, the most urgent first (on a tie: health, staleness, confidence, status).
 * The first is shown prominently, the rest quietly; a closed or draft goal has its state only.
 */
export function goalSignals(goal: SignalGoal): GoalSignal[] {
  const state = paceState(goal.health);
  const look = goalHealthLooks[state];
  const health: GoalSignal = {
    kind: 'health',
    label: look.label,
    color: look.color,
    urgency: HEALTH_URGENCY[state] ?? 0,
  };
  if (!isOpenGoal(goal.status) || goal.status === 'DRAFT') return [health];
  const signals = [health];
  if (goal.health.stale) {
    signals.push({
      kind: 'staleness',
      label: staleLabel(goal.health.daysSinceCheckIn),
      color: WARNING_TEXT_COLOR,
      urgency: 3,
    });
  }
  const latest = goal.checkIns[0];
  if (latest) {
    signals.push({
      kind: 'confidence',
      label: `${confidenceLabels[latest.confidence]} at the last check-in`,
      color: confidenceColors[latest.confidence],
      urgency: CONFIDENCE_URGENCY[latest.confidence],
    });
  }
  // A worried or unsure check-in marks the goal at risk by itself: the mark would say it twice.
  if (goal.status === 'AT_RISK' && (!latest || latest.confidence === 'ON_TRACK')) {
    signals.push({ kind: 'status', label: 'Marked at risk', color: WARNING_TEXT_COLOR, urgency: 1 });
  }
  // A stable sort keeps the tie order above.
  return signals.sort((a, b) => b.urgency - a.urgency);
}
