import { daysBetween } from '../calendar/fiscal-quarter';

export type GoalStatus = 'draft' | 'active' | 'at_risk' | 'done' | 'dropped';
export type CheckInConfidence = 'on_track' | 'at_risk' | 'off_track';

/** Three weeks: long enough for a fortnightly rhythm with some slack. */
export const DEFAULT_STALE_GOAL_DAYS = 21;

export interface GoalCheckInFact {
  /** ISO date. */
  date: string;
  /** 0-100. */
  progress: number;
  confidence: CheckInConfidence;
}

export interface GoalHealthInput {
  status: GoalStatus;
  /** ISO date the goal was created (start of the time line). */
  startDate: string;
  /** ISO date the goal is due (last day of its due quarter). */
  dueDate: string;
  /** In any order. */
  checkIns: readonly GoalCheckInFact[];
  /** ISO date. */
  today: string;
  /** Default DEFAULT_STALE_GOAL_DAYS. */
  staleAfterDays?: number;
}

export type GoalHealthState =
  'not_started' | 'on_track' | 'behind' | 'off_track' | 'overdue' | 'done' | 'dropped' | 'draft';

export interface GoalHealth {
  state: GoalHealthState;
  /** Progress of the latest check-in (0 without one). */
  progress: number;
  /** Share of the time line elapsed today, 0-100 (rounded to integer), clamped. */
  expectedProgress: number;
  lastCheckInDate: string | null;
  daysSinceCheckIn: number | null;
  /** Active (active or at_risk status) with no check-in for more than staleAfterDays days (counting from startDate when there is none). */
  stale: boolean;
  /** A one-line reason a manager can read, e.g. "40% done with 75% of the time gone". */
  reason: string;
}

/** Below this share of the time line, a goal without a check-in is "not started", not "behind". */
const NOT_STARTED_UNTIL = 25;
/** How far progress may trail the time line and still be on track / merely behind. */
const ON_TRACK_GAP = 15;
const BEHIND_GAP = 35;

type ActiveState = 'not_started' | 'on_track' | 'behind' | 'off_track' | 'overdue';

/** Worse states rank higher; a signal can only make the state worse, never better. */
const SEVERITY: Record<ActiveState, number> = { not_started: 0, on_track: 0, behind: 1, off_track: 2, overdue: 3 };

function atLeast(state: ActiveState, floor: ActiveState): ActiveState {
  return SEVERITY[state] >= SEVERITY[floor] ? state : floor;
}

function requireDate(field: string, value: string): void {
  try {
    daysBetween(value, value);
  } catch {
    throw new RangeError(`Goal ${field} is not an ISO date (YYYY-MM-DD): "${value}"`);
  }
}

function validate(input: GoalHealthInput, staleAfterDays: number): void {
  requireDate('startDate', input.startDate);
  requireDate('dueDate', input.dueDate);
  requireDate('today', input.today);
  if (daysBetween(input.startDate, input.dueDate) < 0) {
    throw new RangeError(`Goal dueDate ${input.dueDate} is before its startDate ${input.startDate}`);
  }
  input.checkIns.forEach((checkIn, i) => {
    requireDate(`checkIns[${i}].date`, checkIn.date);
    if (!Number.isFinite(checkIn.progress) || checkIn.progress < 0 || checkIn.progress > 100) {
      throw new RangeError(`Goal checkIns[${i}].progress must be 0-100, got ${checkIn.progress}`);
    }
  });
  if (!Number.isFinite(staleAfterDays) || staleAfterDays < 0) {
    throw new RangeError(`staleAfterDays must be a non-negative number, got ${staleAfterDays}`);
  }
}

/** The latest check-in by date; on the same date the later one in the array wins. */
function latestCheckIn(checkIns: readonly GoalCheckInFact[]): GoalCheckInFact | null {
  let latest: GoalCheckInFact | null = null;
  for (const checkIn of checkIns) if (!latest || checkIn.date >= latest.date) latest = checkIn;
  return latest;
}

/** Elapsed share of [startDate, dueDate] on `today`, 0-100; a zero-length time line is all gone from its day. */
function elapsedPercent(startDate: string, dueDate: string, today: string): number {
  const length = daysBetween(startDate, dueDate);
  const elapsed = daysBetween(startDate, today);
  if (elapsed <= 0) return length === 0 && elapsed === 0 ? 100 : 0;
  if (elapsed >= length) return 100;
  return Math.round((elapsed / length) * 100);
}

export type GoalPace = 'on_track' | 'behind' | 'off_track';

/**
 * Progress against the share of the time gone, and nothing else: on track while it trails the
 * time line by at most 15 points, behind up to 35, off track (well behind) beyond.
 */
export function goalPace(progress: number, expectedProgress: number): GoalPace {
  const gap = expectedProgress - progress;
  return gap <= ON_TRACK_GAP ? 'on_track' : gap <= BEHIND_GAP ? 'behind' : 'off_track';
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * How a goal is doing on `today`: its progress against the share of its time line gone, lowered
 * by the latest check-in's confidence and an at-risk status; overdue once past its due date.
 * Throws `RangeError` for malformed dates, a due date before the start, or progress outside 0-100.
 */
export function goalHealth(input: GoalHealthInput): GoalHealth {
  const staleAfterDays = input.staleAfterDays ?? DEFAULT_STALE_GOAL_DAYS;
  validate(input, staleAfterDays);
  const { status, startDate, dueDate, today } = input;

  const latest = latestCheckIn(input.checkIns);
  const progress = latest?.progress ?? 0;
  const expectedProgress = elapsedPercent(startDate, dueDate, today);
  const lastCheckInDate = latest?.date ?? null;
  // A check-in dated "tomorrow" is usually a time-zone skew, not the future: count it as today.
  const daysSinceCheckIn = latest ? Math.max(0, daysBetween(latest.date, today)) : null;

  if (status === 'done' || status === 'dropped' || status === 'draft') {
    const reason = status === 'done' ? 'Done' : status === 'dropped' ? 'Dropped' : 'Draft, not started yet';
    return { state: status, progress, expectedProgress, lastCheckInDate, daysSinceCheckIn, stale: false, reason };
  }

  const quietDays = daysSinceCheckIn ?? daysBetween(startDate, today);
  const stale = quietDays > staleAfterDays;
  const shownProgress = Math.round(progress);
  const notes: string[] = [];

  let state: ActiveState;
  if (daysBetween(dueDate, today) > 0) {
    state = 'overdue';
    notes.push(`${shownProgress}% done, due ${dueDate} (${plural(daysBetween(dueDate, today), 'day')} ago)`);
  } else if (!latest && expectedProgress < NOT_STARTED_UNTIL) {
    state = 'not_started';
    notes.push(`No check-in yet, ${expectedProgress}% of the time gone`);
  } else {
    state = goalPace(progress, expectedProgress);
    notes.push(
      latest
        ? `${shownProgress}% done with ${expectedProgress}% of the time gone`
        : `No check-in yet with ${expectedProgress}% of the time gone`,
    );
  }

  if (latest?.confidence === 'off_track') {
    state = atLeast(state, 'off_track');
    notes.push('worried at the last check-in');
  } else if (latest?.confidence === 'at_risk') {
    state = atLeast(state, 'behind');
    notes.push('unsure at the last check-in');
  }
  if (status === 'at_risk') {
    state = atLeast(state, 'behind');
    // A worried check-in marks the goal at risk by itself: saying both would say it twice.
    if (latest?.confidence !== 'at_risk' && latest?.confidence !== 'off_track') notes.push('marked at risk');
  }
  if (stale) {
    // Without a check-in the first note already says so (except when overdue); say for how long.
    if (latest) notes.push(`no check-in for ${plural(quietDays, 'day')}`);
    else if (state === 'overdue') notes.push('no check-in yet');
    else notes.push(`started ${plural(quietDays, 'day')} ago`);
  }

  return { state, progress, expectedProgress, lastCheckInDate, daysSinceCheckIn, stale, reason: notes.join('; ') };
}

/**
 * True when the goal is active or at risk and its state is behind, off_track or overdue, or it
 * is stale: what a manager's Home lists.
 */
export function needsAttention(health: GoalHealth, status: GoalStatus): boolean {
  if (status !== 'active' && status !== 'at_risk') return false;
  return health.state === 'behind' || health.state === 'off_track' || health.state === 'overdue' || health.stale;
}
