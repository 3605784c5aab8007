import type { ReviewPacket } from './packet';

/** A manager's readiness call in a review; null while unset. */
export type ReadinessCall = 'not_yet' | 'soon' | 'ready';

/** One review as calibration reads it: who wrote it, in which team, and what it says. */
export interface CalibrationFact {
  managerId: string | null;
  managerName: string;
  teamName: string;
  readiness: ReadinessCall | null;
  /** Manager ratings against the person's level (0 meets it), one per rated competency. */
  gaps: readonly number[];
}

export interface ReadinessCounts {
  notYet: number;
  soon: number;
  ready: number;
  unset: number;
}

/** Ratings of a group against the level, and how they differ from the whole reach. */
export interface CalibrationGroup {
  key: string;
  name: string;
  people: number;
  readiness: ReadinessCounts;
  above: number;
  meets: number;
  below: number;
  /** Mean of the gaps (null with no ratings): above 0 rates above the level on average. */
  averageGap: number | null;
  /** averageGap minus the reach's: positive is more lenient than the reach, negative harsher. */
  againstReach: number | null;
  /** |againstReach| at or past LENIENCY_THRESHOLD, with enough ratings to tell. */
  outlier: 'lenient' | 'harsh' | null;
}

export interface Calibration {
  reachAverageGap: number | null;
  byManager: CalibrationGroup[];
  byTeam: CalibrationGroup[];
}

/** A group's mean gap this far (in levels) from the reach's marks it as a lenient or harsh rater. */
export const LENIENCY_THRESHOLD = 0.5;
/** Fewer ratings than this say too little about a rater to call them out. */
export const MIN_RATINGS_FOR_OUTLIER = 6;

const mean = (values: readonly number[]) =>
  values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;

function group(key: string, name: string, facts: readonly CalibrationFact[], reach: number | null): CalibrationGroup {
  const gaps = facts.flatMap((f) => f.gaps);
  const averageGap = mean(gaps);
  const againstReach = averageGap === null || reach === null ? null : averageGap - reach;
  const outlying = againstReach !== null && gaps.length >= MIN_RATINGS_FOR_OUTLIER;
  return {
    key,
    name,
    people: facts.length,
    readiness: {
      notYet: facts.filter((f) => f.readiness === 'not_yet').length,
      soon: facts.filter((f) => f.readiness === 'soon').length,
      ready: facts.filter((f) => f.readiness === 'ready').length,
      unset: facts.filter((f) => f.readiness === null).length,
    },
    above: gaps.filter((g) => g > 0).length,
    meets: gaps.filter((g) => g === 0).length,
    below: gaps.filter((g) => g < 0).length,
    averageGap,
    againstReach,
    outlier:
      outlying && againstReach >= LENIENCY_THRESHOLD
        ? 'lenient'
        : outlying && againstReach <= -LENIENCY_THRESHOLD
          ? 'harsh'
          : null,
  };
}

function groups(
  facts: readonly CalibrationFact[],
  keyOf: (f: CalibrationFact) => string,
  nameOf: (f: CalibrationFact) => string,
  reach: number | null,
): CalibrationGroup[] {
  const by = new Map<string, CalibrationFact[]>();
  for (const f of facts) by.set(keyOf(f), [...(by.get(keyOf(f)) ?? []), f]);
  return [...by.entries()]
    .map(([key, members]) => group(key, nameOf(members[0]), members, reach))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Calibration of a reach's reviews: readiness calls and manager ratings against the level, per
 * manager and per team side by side, each against the reach's mean, so that a lenient or a harsh
 * rater shows (LENIENCY_THRESHOLD levels off the mean, over MIN_RATINGS_FOR_OUTLIER ratings or more).
 */
export function calibration(facts: readonly CalibrationFact[]): Calibration {
  const reachAverageGap = mean(facts.flatMap((f) => f.gaps));
  return {
    reachAverageGap,
    byManager: groups(
      facts,
      (f) => f.managerId ?? '',
      (f) => f.managerName,
      reachAverageGap,
    ),
    byTeam: groups(
      facts,
      (f) => f.teamName,
      (f) => f.teamName,
      reachAverageGap,
    ),
  };
}

/** The manager ratings of a packet as gaps to the level (the calibration's input). */
export function packetGaps(packet: Pick<ReviewPacket, 'ratings'>): number[] {
  return packet.ratings.flatMap((r) => (r.gapToLevel === null ? [] : [r.gapToLevel]));
}
