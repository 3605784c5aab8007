import { activeCompetencies } from '../framework/levels';
import type { Framework } from '../framework/types';
import type { CheckInConfidence, GoalCheckInFact, GoalStatus } from '../growth/goal-health';
import { competencyGap, latestRatings, ratingPosition, type PersonLevel, type RatingRecord } from '../growth/ratings';
import type { CadenceFigures } from '../one-on-ones/cadence';
import { balanceOf, type TimeTotals } from '../staffing/capacity';

/**
 * The quarterly review packet: the facts of one person's fiscal quarter, computed from what was
 * recorded (ratings, goals, evidence, one-on-ones, staffing, readiness), never typed in. Dates are
 * 'YYYY-MM-DD' strings and compare as text; the quarter's first and last days are both inside it.
 */

/** Shares are compared with this slack, so that 0.1 + 0.1 against a 0.2 target still meets it. */
export const DEVELOPMENT_TARGET_SLACK = 1e-9;

/** Check-in confidences that put an active goal at risk when they are the quarter's latest. */
export const AT_RISK_CONFIDENCES: readonly CheckInConfidence[] = ['at_risk', 'off_track'];

/** A goal as the packet reads it. */
export interface PacketGoalFact {
  id: string;
  title: string;
  status: GoalStatus;
  competencyKeys: string[];
  /** The day a done or dropped goal was closed; null while open. */
  doneOn: string | null;
  /** In any order. */
  checkIns: readonly GoalCheckInFact[];
}

/** A piece of evidence as the packet reads it. */
export interface PacketEvidenceFact {
  id: string;
  title: string;
  date: string;
  kind: string;
  competencyKeys: string[];
  incidentRole: string | null;
  incidentSeverity: string | null;
  /** Logged from a staffing assignment. */
  fromStaffing: boolean;
}

/** An action item of the person's one-on-ones with their manager. */
export interface PacketActionItemFact {
  done: boolean;
  doneOn: string | null;
  dueOn: string | null;
}

/** A stretch assignment: work on a project that serves some of the person's goals. */
export interface PacketStretch {
  projectName: string;
  goalTitles: string[];
  from: string;
  to: string;
}

export interface PacketInput {
  framework: Framework;
  person: PersonLevel;
  /** The fiscal quarter, e.g. FY2027-Q1, with its first and last day. */
  quarter: { key: string; start: string; end: string };
  previousQuarterKey: string;
  /** This person's ratings of any quarters; only `quarter.key` and `previousQuarterKey` are read. */
  ratings: readonly RatingRecord[];
  goals: readonly PacketGoalFact[];
  evidence: readonly PacketEvidenceFact[];
  oneOnOnes: { cadence: CadenceFigures | null; actionItems: readonly PacketActionItemFact[] };
  time: { totals: TimeTotals; developmentTarget: number; stretch: readonly PacketStretch[] };
  /**
   * Readiness share (0..1) and next level name, now and at the end of last quarter, computed by
   * the caller with `promotionReadiness`.
   */
  readiness: { now: { share: number; nextLevelName: string | null }; before: { share: number } | null };
}

/** One source's rating of a competency this quarter against last quarter. */
export interface RatingChange {
  /** The rating key of this quarter, or null when not rated. */
  now: string | null;
  /** The rating key of the previous quarter, or null when not rated. */
  before: string | null;
  /** Position now minus position before; null unless both are on the track's scale. */
  change: number | null;
}

export interface PacketRatingRow {
  competencyKey: string;
  competencyName: string;
  areaName: string;
  self: RatingChange;
  manager: RatingChange;
  /** The manager rating now against the person's level (competencyGap); null without one or off the scale. */
  gapToLevel: number | null;
}

export interface RatingSummary {
  /** Competencies with a manager rating this quarter (on the scale or not). */
  rated: number;
  /** Manager change above 0. */
  improved: number;
  /** Manager change below 0. */
  declined: number;
  /** gapToLevel below 0. */
  belowLevel: number;
  /** gapToLevel above 0. */
  aboveLevel: number;
  /** Self rating now placed above the manager rating now (both on the scale). */
  selfAboveManager: number;
}

export interface PacketGoal {
  id: string;
  title: string;
  status: GoalStatus;
  /** Progress of the latest check-in (of any date), null without one. */
  progress: number | null;
  /** Check-ins dated within the quarter. */
  checkInsThisQuarter: number;
  /** Confidence of the latest check-in (of any date; the same check-in as `progress`), null without one. */
  latestConfidence: CheckInConfidence | null;
}

export interface PacketGoals {
  /** Status done and closed within the quarter, in input order. */
  finished: PacketGoal[];
  /** Status active or at_risk, in input order. */
  active: PacketGoal[];
  /** Active goals at risk: status at_risk, or the latest check-in within the quarter at risk or off track. */
  atRisk: number;
  /** Status dropped and closed within the quarter. */
  dropped: number;
}

export interface CompetencyEvidence {
  competencyKey: string;
  competencyName: string;
  count: number;
  /** Titles of the items, by date (input order on the same date). */
  titles: string[];
}

export interface PacketIncident {
  title: string;
  role: string | null;
  severity: string | null;
}

export interface PacketEvidence {
  /** Items dated within the quarter. */
  total: number;
  /**
   * Items per competency of the framework (retired ones included: evidence may predate a
   * retirement), in framework order, only competencies with an item. An item linked to several
   * competencies counts under each; keys the framework does not know are not listed.
   */
  byCompetency: CompetencyEvidence[];
  /** Items linked to no competency. */
  unlinked: number;
  /** Items of kind 'incident', by date. */
  incidents: PacketIncident[];
  /** Items logged from staffing. */
  fromStaffing: number;
}

export interface PacketOneOnOnes {
  /** 0 when there is no cadence. */
  held: number;
  expected: number;
  /** As the cadence figures say; null when there is no cadence (no series). */
  kept: boolean | null;
  /** Done, with the day done within the quarter. */
  actionItemsDone: number;
  /** Not done and due before the quarter's last day: overdue as of the end of the quarter. */
  actionItemsOverdue: number;
}

export interface PacketTime {
  deliveryShare: number;
  developmentShare: number;
  supportShare: number;
  growthAlignedShare: number;
  developmentShortfall: number;
  developmentTarget: number;
  allocatedDays: number;
  capacityDays: number;
  /** Development share reaches the target, and some work was allocated. */
  meetsTarget: boolean;
  /** Sorted by `from`. */
  stretch: PacketStretch[];
}

export interface PacketReadiness {
  /** Share of the next level's expectations met now, 0..1. */
  now: number;
  nextLevelName: string | null;
  /** The share at the end of last quarter, null when unknown. */
  before: number | null;
  /** now − before, null when before is unknown. */
  change: number | null;
}

export interface ReviewPacket {
  /** One row per active competency, in framework order. */
  ratings: PacketRatingRow[];
  ratingSummary: RatingSummary;
  goals: PacketGoals;
  evidence: PacketEvidence;
  oneOnOnes: PacketOneOnOnes;
  time: PacketTime;
  readiness: PacketReadiness;
  /** Short plain sentences computed from the figures above. */
  highlights: string[];
}

export interface TeamReviewFigures {
  people: number;
  /** Mean development share of the people with allocated work; 0 when none has any. */
  averageDevelopmentShare: number;
  /** People whose development share meets the target. */
  meetingTarget: number;
  goalsFinished: number;
  ratingsImproved: number;
  ratingsDeclined: number;
  /** People whose one-on-ones kept the cadence (no cadence does not count). */
  oneOnOnesKept: number;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

type Quarter = PacketInput['quarter'];

function within(quarter: Quarter, date: string | null): boolean {
  return date !== null && date >= quarter.start && date <= quarter.end;
}

/** n with the noun in the singular or plural ("1 goal", "2 goals"). */
function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** 0.2 -> "20", 0.125 -> "12.5". */
function percent(share: number): string {
  return String(Number((share * 100).toFixed(1)));
}

function hasOwn(record: Readonly<Record<string, string>>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}

/** competencyKey -> ratingKey of one source in one quarter; the later record of the array wins. */
function ratingsOf(
  ratings: readonly RatingRecord[],
  quarterKey: string,
  source: RatingRecord['source'],
): Record<string, string> {
  return latestRatings(
    ratings.filter((r) => r.quarter === quarterKey),
    source,
  );
}

function ratingChange(
  input: PacketInput,
  competencyKey: string,
  now: Readonly<Record<string, string>>,
  before: Readonly<Record<string, string>>,
): RatingChange {
  const nowKey = hasOwn(now, competencyKey) ? now[competencyKey] : null;
  const beforeKey = hasOwn(before, competencyKey) ? before[competencyKey] : null;
  const position = (key: string | null) =>
    key === null ? null : ratingPosition(input.framework, input.person.trackKey, key);
  const nowPosition = position(nowKey);
  const beforePosition = position(beforeKey);
  return {
    now: nowKey,
    before: beforeKey,
    change: nowPosition === null || beforePosition === null ? null : nowPosition - beforePosition,
  };
}

function ratingRows(input: PacketInput): { rows: PacketRatingRow[]; summary: RatingSummary } {
  const { framework, person, ratings, quarter, previousQuarterKey } = input;
  const selfNow = ratingsOf(ratings, quarter.key, 'self');
  const selfBefore = ratingsOf(ratings, previousQuarterKey, 'self');
  const managerNow = ratingsOf(ratings, quarter.key, 'manager');
  const managerBefore = ratingsOf(ratings, previousQuarterKey, 'manager');
  const summary: RatingSummary = {
    rated: 0,
    improved: 0,
    declined: 0,
    belowLevel: 0,
    aboveLevel: 0,
    selfAboveManager: 0,
  };
  const rows = activeCompetencies(framework).map(({ area, competency }): PacketRatingRow => {
    const self = ratingChange(input, competency.key, selfNow, selfBefore);
    const manager = ratingChange(input, competency.key, managerNow, managerBefore);
    const gapToLevel = manager.now === null ? null : competencyGap(framework, person, manager.now);

    if (manager.now !== null) summary.rated++;
    if (manager.change !== null && manager.change > 0) summary.improved++;
    if (manager.change !== null && manager.change < 0) summary.declined++;
    if (gapToLevel !== null && gapToLevel < 0) summary.belowLevel++;
    if (gapToLevel !== null && gapToLevel > 0) summary.aboveLevel++;
    const selfPosition = self.now === null ? null : ratingPosition(framework, person.trackKey, self.now);
    const managerPosition = manager.now === null ? null : ratingPosition(framework, person.trackKey, manager.now);
    if (selfPosition !== null && managerPosition !== null && selfPosition > managerPosition) summary.selfAboveManager++;

    return {
      competencyKey: competency.key,
      competencyName: competency.name,
      areaName: area.name,
      self,
      manager,
      gapToLevel,
    };
  });
  return { rows, summary };
}

/** The latest of some check-ins by date; on the same date the later one in the array wins. */
function latestOf(checkIns: readonly GoalCheckInFact[]): GoalCheckInFact | null {
  let latest: GoalCheckInFact | null = null;
  for (const checkIn of checkIns) if (!latest || checkIn.date >= latest.date) latest = checkIn;
  return latest;
}

function packetGoal(goal: PacketGoalFact, quarter: Quarter): PacketGoal {
  const latest = latestOf(goal.checkIns);
  return {
    id: goal.id,
    title: goal.title,
    status: goal.status,
    progress: latest?.progress ?? null,
    checkInsThisQuarter: goal.checkIns.filter((c) => within(quarter, c.date)).length,
    latestConfidence: latest?.confidence ?? null,
  };
}

function goalFigures(goals: readonly PacketGoalFact[], quarter: Quarter): PacketGoals {
  const finished: PacketGoal[] = [];
  const active: PacketGoal[] = [];
  let atRisk = 0;
  let dropped = 0;
  // Drafts match none of the branches: a goal not yet agreed is no fact of the quarter.
  for (const goal of goals) {
    if (goal.status === 'done' && within(quarter, goal.doneOn)) finished.push(packetGoal(goal, quarter));
    else if (goal.status === 'dropped' && within(quarter, goal.doneOn)) dropped++;
    else if (goal.status === 'active' || goal.status === 'at_risk') {
      active.push(packetGoal(goal, quarter));
      const latestInQuarter = latestOf(goal.checkIns.filter((c) => within(quarter, c.date)));
      const worried = latestInQuarter !== null && AT_RISK_CONFIDENCES.includes(latestInQuarter.confidence);
      if (goal.status === 'at_risk' || worried) atRisk++;
    }
  }
  return { finished, active, atRisk, dropped };
}

/** Sorted by date; Array.prototype.sort is stable, so the same date keeps input order. */
function byDate<T extends { date: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function evidenceFigures(
  framework: Framework,
  evidence: readonly PacketEvidenceFact[],
  quarter: Quarter,
): PacketEvidence {
  const items = byDate(evidence.filter((e) => within(quarter, e.date)));
  const titlesByKey = new Map<string, string[]>();
  for (const item of items) {
    // A key listed twice on one item still counts the item once.
    for (const key of new Set(item.competencyKeys)) {
      const titles = titlesByKey.get(key);
      if (titles) titles.push(item.title);
      else titlesByKey.set(key, [item.title]);
    }
  }
  const byCompetency: CompetencyEvidence[] = [];
  for (const area of framework.areas) {
    for (const competency of area.competencies) {
      const titles = titlesByKey.get(competency.key);
      if (titles) {
        byCompetency.push({
          competencyKey: competency.key,
          competencyName: competency.name,
          count: titles.length,
          titles,
        });
      }
    }
  }
  return {
    total: items.length,
    byCompetency,
    unlinked: items.filter((e) => e.competencyKeys.length === 0).length,
    incidents: items
      .filter((e) => e.kind === 'incident')
      .map((e) => ({ title: e.title, role: e.incidentRole, severity: e.incidentSeverity })),
    fromStaffing: items.filter((e) => e.fromStaffing).length,
  };
}

function oneOnOneFigures(oneOnOnes: PacketInput['oneOnOnes'], quarter: Quarter): PacketOneOnOnes {
  const { cadence, actionItems } = oneOnOnes;
  return {
    held: cadence?.held ?? 0,
    expected: cadence?.expected ?? 0,
    kept: cadence ? cadence.kept : null,
    actionItemsDone: actionItems.filter((a) => a.done && within(quarter, a.doneOn)).length,
    actionItemsOverdue: actionItems.filter((a) => !a.done && a.dueOn !== null && a.dueOn < quarter.end).length,
  };
}

function timeFigures(time: PacketInput['time']): PacketTime {
  const { totals, developmentTarget } = time;
  const balance = balanceOf(totals, { developmentTarget });
  return {
    deliveryShare: balance.deliveryShare,
    developmentShare: balance.developmentShare,
    supportShare: balance.supportShare,
    growthAlignedShare: balance.growthAlignedShare,
    developmentShortfall: balance.developmentShortfall,
    developmentTarget,
    allocatedDays: totals.allocatedDays,
    capacityDays: totals.capacityDays,
    meetsTarget: totals.allocatedDays > 0 && balance.developmentShare >= developmentTarget - DEVELOPMENT_TARGET_SLACK,
    stretch: [...time.stretch]
      .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
      .map((s) => ({ ...s, goalTitles: [...s.goalTitles] })),
  };
}

function highlightsOf(packet: Omit<ReviewPacket, 'highlights'>): string[] {
  const { ratingSummary, goals, time, oneOnOnes } = packet;
  const lines: string[] = [];
  if (ratingSummary.improved > 0) {
    lines.push(`Manager ratings rose in ${count(ratingSummary.improved, 'competency', 'competencies')}.`);
  }
  if (ratingSummary.belowLevel > 0) {
    const n = ratingSummary.belowLevel;
    lines.push(
      `${count(n, 'competency', 'competencies')} ${n === 1 ? 'is' : 'are'} rated below the level's expectation.`,
    );
  }
  if (goals.finished.length > 0) lines.push(`Finished ${count(goals.finished.length, 'goal')}.`);
  // Without allocated work there is no share to speak of: say nothing rather than "below target".
  if (time.allocatedDays > 0) {
    if (time.developmentShare === 0) lines.push('No development time this quarter.');
    else if (time.developmentShortfall > DEVELOPMENT_TARGET_SLACK) {
      lines.push(`Development time below the ${percent(time.developmentTarget)}% target.`);
    }
  }
  if (oneOnOnes.kept === false) {
    lines.push(`One-on-ones fell behind the cadence (${oneOnOnes.held} of ${oneOnOnes.expected}).`);
  }
  if (oneOnOnes.actionItemsOverdue > 0) {
    lines.push(`${count(oneOnOnes.actionItemsOverdue, 'action item')} overdue.`);
  }
  return lines;
}

/**
 * The review packet of one person's fiscal quarter: ratings this quarter against last (self and
 * manager, per active competency, with the gap to the person's level), goals finished, open and
 * at risk, the quarter's evidence by competency, one-on-one cadence and action items, the balance
 * of their time against the development target, promotion readiness then and now, and plain
 * highlights read off those figures. Throws `RangeError` when the quarter's days are not
 * 'YYYY-MM-DD' or it ends before it starts; other facts are taken as they are.
 */
export function reviewPacket(input: PacketInput): ReviewPacket {
  const { quarter } = input;
  if (!ISO_DATE.test(quarter.start) || !ISO_DATE.test(quarter.end)) {
    throw new RangeError(`The quarter's days must be YYYY-MM-DD, got "${quarter.start}" and "${quarter.end}"`);
  }
  if (quarter.end < quarter.start) {
    throw new RangeError(`The quarter ${quarter.key} ends (${quarter.end}) before it starts (${quarter.start})`);
  }
  const { rows, summary } = ratingRows(input);
  const { now, before } = input.readiness;
  const figures: Omit<ReviewPacket, 'highlights'> = {
    ratings: rows,
    ratingSummary: summary,
    goals: goalFigures(input.goals, quarter),
    evidence: evidenceFigures(input.framework, input.evidence, quarter),
    oneOnOnes: oneOnOneFigures(input.oneOnOnes, quarter),
    time: timeFigures(input.time),
    readiness: {
      now: now.share,
      nextLevelName: now.nextLevelName,
      before: before ? before.share : null,
      change: before ? now.share - before.share : null,
    },
  };
  return { ...figures, highlights: highlightsOf(figures) };
}

/**
 * A team's packets rolled up: how many people, their mean development share (over the people with
 * allocated work; 0 when none has any), how many meet the development target, goals finished,
 * manager ratings risen and fallen, and how many kept their one-on-one cadence.
 */
export function teamReviewFigures(packets: readonly ReviewPacket[]): TeamReviewFigures {
  const allocated = packets.filter((p) => p.time.allocatedDays > 0);
  const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
  return {
    people: packets.length,
    averageDevelopmentShare:
      allocated.length === 0 ? 0 : sum(allocated.map((p) => p.time.developmentShare)) / allocated.length,
    meetingTarget: packets.filter((p) => p.time.meetsTarget).length,
    goalsFinished: sum(packets.map((p) => p.goals.finished.length)),
    ratingsImproved: sum(packets.map((p) => p.ratingSummary.improved)),
    ratingsDeclined: sum(packets.map((p) => p.ratingSummary.declined)),
    oneOnOnesKept: packets.filter((p) => p.oneOnOnes.kept === true).length,
  };
}
