import { daysBetween } from '../calendar/fiscal-quarter';

/**
 * Suggested talking points for a one-on-one: one mechanism fed by every signal Trellis holds about
 * the person the meeting is for (goals, action items, self-assessment, ratings, staffing). Each
 * suggestion has a stable key, so adding it to the agenda or dismissing it for a meeting is
 * remembered and it is not suggested again for that meeting.
 *
 * Callers pass only facts the viewer may read (growth facts only to those who may read the
 * person's growth, staffing facts only to those who may read their timeline).
 */

export type TalkingPointSignal =
  | 'overdue_action'
  | 'stale_goal'
  | 'missing_self_assessment'
  | 'rating_disagreement'
  | 'over_allocated'
  | 'no_development_time'
  | 'stretch_assignment';

export interface SuggestedTalkingPoint {
  /** Stable across reads: `<signal>:<subject>`. */
  key: string;
  signal: TalkingPointSignal;
  /** What goes on the agenda when the point is added. */
  text: string;
  /** Why Trellis suggests it, in one sentence. */
  reason: string;
  tags: string[];
}

export interface StaleGoalFact {
  id: string;
  title: string;
  /** The latest check-in, or null when the goal has none. */
  lastCheckInDate: string | null;
  /** When the goal was created (the clock starts there when it has no check-in). */
  startDate: string;
}

export interface ActionItemFact {
  id: string;
  text: string;
  ownerName: string;
  dueDate: string | null;
  done: boolean;
}

export interface SelfAssessmentFact {
  /** The quarter's label, e.g. "Q4 2026", and its key, e.g. "2026-Q4". */
  quarterLabel: string;
  quarterKey: string;
  /** Last day of the quarter. */
  quarterEnd: string;
  /** Whether the person has rated themselves for this quarter. */
  done: boolean;
}

export interface DisagreementFact {
  competencyKey: string;
  competencyName: string;
  quarterKey: string;
  selfLabel: string;
  managerLabel: string;
}

export interface OverAllocationFact {
  /** ISO weeks above 100%, in order, e.g. "2026-W49". */
  weeks: string[];
  /** The highest allocated share of those weeks, in percent. */
  peakPercent: number;
}

export interface DroughtFact {
  from: string;
  to: string;
  weeks: number;
}

export interface StretchFact {
  allocationId: string;
  projectName: string;
  goalTitle: string;
  /** Last day of the assignment. */
  endDate: string;
}

export interface TalkingPointFacts {
  today: string;
  /** First name or name of the person the meeting is for (the report, mentee or peer). */
  personName: string;
  /** Active goals only. */
  goals?: readonly StaleGoalFact[];
  staleAfterDays: number;
  actionItems?: readonly ActionItemFact[];
  selfAssessment?: SelfAssessmentFact | null;
  disagreements?: readonly DisagreementFact[];
  overAllocation?: OverAllocationFact | null;
  developmentDrought?: DroughtFact | null;
  stretches?: readonly StretchFact[];
  /** Keys already on the meeting's agenda or dismissed for it. */
  excludedKeys?: ReadonlySet<string> | readonly string[];
}

/** The self-assessment nudge starts this many days before the quarter ends (three weeks). */
export const SELF_ASSESSMENT_WINDOW_DAYS = 21;

const ORDER: readonly TalkingPointSignal[] = [
  'overdue_action',
  'over_allocated',
  'missing_self_assessment',
  'stale_goal',
  'rating_disagreement',
  'no_development_time',
  'stretch_assignment',
];

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

const weekNumber = (key: string): number => Number(key.slice(key.indexOf('W') + 1));

/** "week 49" or "weeks 49–52" from ISO week keys ("2026-W49"). */
function weekRange(weeks: readonly string[]): string {
  const first = weekNumber(weeks[0]);
  const last = weekNumber(weeks[weeks.length - 1]);
  return first === last ? `week ${first}` : `weeks ${first}–${last}`;
}

/** Every suggestion the facts give, most pressing first, without those excluded. */
export function suggestTalkingPoints(facts: TalkingPointFacts): SuggestedTalkingPoint[] {
  const { today, personName } = facts;
  const out: SuggestedTalkingPoint[] = [];

  for (const item of facts.actionItems ?? []) {
    if (item.done || !item.dueDate || item.dueDate >= today) continue;
    const late = daysBetween(item.dueDate, today);
    out.push({
      key: `overdue_action:${item.id}`,
      signal: 'overdue_action',
      text: `Overdue: ${item.text}`,
      reason: `${item.ownerName}'s action item was due ${plural(late, 'day')} ago.`,
      tags: ['actions'],
    });
  }

  const over = facts.overAllocation;
  if (over && over.weeks.length > 0) {
    out.push({
      key: `over_allocated:${over.weeks[0]}`,
      signal: 'over_allocated',
      text: `Workload: ${personName} is planned above 100% in ${weekRange(over.weeks)}`,
      reason: `The staffing plan puts ${personName} at up to ${Math.round(over.peakPercent)}% in ${plural(over.weeks.length, 'week')}.`,
      tags: ['workload'],
    });
  }

  const self = facts.selfAssessment;
  if (self && !self.done) {
    const left = daysBetween(today, self.quarterEnd);
    if (left >= 0 && left < SELF_ASSESSMENT_WINDOW_DAYS) {
      out.push({
        key: `missing_self_assessment:${self.quarterKey}`,
        signal: 'missing_self_assessment',
        text: `Self-assessment for ${self.quarterLabel}`,
        reason: `${personName} has not rated themselves yet and ${self.quarterLabel} ends in ${plural(left, 'day')}.`,
        tags: ['growth'],
      });
    }
  }

  for (const goal of facts.goals ?? []) {
    const since = goal.lastCheckInDate ?? goal.startDate;
    const quiet = daysBetween(since, today);
    if (quiet <= facts.staleAfterDays) continue;
    out.push({
      key: `stale_goal:${goal.id}`,
      signal: 'stale_goal',
      text: `Check in on "${goal.title}"`,
      reason: goal.lastCheckInDate
        ? `No check-in on this goal for ${plural(quiet, 'day')}.`
        : `This goal has had no check-in since it was set ${plural(quiet, 'day')} ago.`,
      tags: ['goals'],
    });
  }

  for (const d of facts.disagreements ?? []) {
    out.push({
      key: `rating_disagreement:${d.quarterKey}:${d.competencyKey}`,
      signal: 'rating_disagreement',
      text: `Talk through ${d.competencyName}: rated ${d.selfLabel} (self) and ${d.managerLabel} (manager)`,
      reason: `Self and manager ratings differ by a level or more.`,
      tags: ['feedback', 'growth'],
    });
  }

  const drought = facts.developmentDrought;
  if (drought) {
    out.push({
      key: `no_development_time:${drought.from}`,
      signal: 'no_development_time',
      text: `Development time: none planned for ${plural(drought.weeks, 'week')}`,
      reason: `${personName} has no development time from ${weekRange([drought.from, drought.to])}.`,
      tags: ['growth', 'workload'],
    });
  }

  for (const s of facts.stretches ?? []) {
    if (s.endDate < today) continue;
    out.push({
      key: `stretch_assignment:${s.allocationId}`,
      signal: 'stretch_assignment',
      text: `How is the stretch on ${s.projectName} going?`,
      reason: `${personName} works on ${s.projectName} toward "${s.goalTitle}".`,
      tags: ['growth', 'career'],
    });
  }

  const excluded = new Set(facts.excludedKeys ?? []);
  const rank = (s: SuggestedTalkingPoint) => ORDER.indexOf(s.signal);
  return out.filter((s) => !excluded.has(s.key)).sort((a, b) => rank(a) - rank(b));
}
