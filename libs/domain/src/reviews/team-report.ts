import type { ReadinessCall, ReadinessCounts } from './calibration';
import type { ReviewPacket } from './packet';

/** One person's review of a quarter, as the team report reads it. */
export interface TeamReportPerson {
  personId: string;
  name: string;
  readiness: ReadinessCall | null;
  packet: ReviewPacket;
}

/** A quarter of the report: its reviews for the people of the reach. */
export interface TeamReportQuarterInput {
  quarter: string;
  label: string;
  frozen: boolean;
  people: readonly TeamReportPerson[];
}

export interface AreaAverage {
  areaName: string;
  /** Mean manager rating against the level over the area's rated competencies; null when none. */
  averageGap: number | null;
  rated: number;
}

export interface TeamReportQuarter {
  quarter: string;
  label: string;
  frozen: boolean;
  people: number;
  byArea: AreaAverage[];
  /** Mean development share of the people with allocated work (0 when none). */
  averageDevelopmentShare: number;
  meetingDevelopmentTarget: number;
  goalsFinished: number;
  /** People with a one-on-one series with their manager, and how many of them kept its cadence. */
  withOneOnOnes: number;
  oneOnOnesKept: number;
  readiness: ReadinessCounts;
  /** Competencies that someone in the reach meets at the level or above (the reach's coverage). */
  coveredCompetencies: string[];
}

/** The heatmap's change for one competency: the reach's mean rating against the level, then and now. */
export interface CompetencyChange {
  competencyName: string;
  areaName: string;
  before: number | null;
  now: number | null;
  /** now − before; null unless both quarters have ratings of it. */
  change: number | null;
}

export interface TeamReport {
  /** Oldest first. */
  quarters: TeamReportQuarter[];
  /** Every competency rated in the last two quarters, largest change first (then by name). */
  competencyChanges: CompetencyChange[];
  /** Competencies covered now but not in the quarter before, and the reverse (by name). */
  coverageGained: string[];
  coverageLost: string[];
  highlights: string[];
}

const mean = (values: readonly number[]) =>
  values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const names = (list: readonly string[]) =>
  list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;

function quarterFigures(input: TeamReportQuarterInput): TeamReportQuarter {
  const packets = input.people.map((p) => p.packet);
  const areaGaps = new Map<string, number[]>();
  for (const packet of packets) {
    for (const r of packet.ratings) {
      if (!areaGaps.has(r.areaName)) areaGaps.set(r.areaName, []);
      if (r.gapToLevel !== null) areaGaps.get(r.areaName)?.push(r.gapToLevel);
    }
  }
  const working = packets.filter((p) => p.time.allocatedDays > 0);
  const withSeries = packets.filter((p) => p.oneOnOnes.kept !== null);
  const covered = new Set<string>();
  for (const packet of packets) {
    for (const r of packet.ratings) if (r.gapToLevel !== null && r.gapToLevel >= 0) covered.add(r.competencyName);
  }
  return {
    quarter: input.quarter,
    label: input.label,
    frozen: input.frozen,
    people: input.people.length,
    byArea: [...areaGaps.entries()].map(([areaName, gaps]) => ({
      areaName,
      averageGap: mean(gaps),
      rated: gaps.length,
    })),
    averageDevelopmentShare: mean(working.map((p) => p.time.developmentShare)) ?? 0,
    meetingDevelopmentTarget: packets.filter((p) => p.time.meetsTarget).length,
    goalsFinished: packets.reduce((n, p) => n + p.goals.finished.length, 0),
    withOneOnOnes: withSeries.length,
    oneOnOnesKept: withSeries.filter((p) => p.oneOnOnes.kept === true).length,
    readiness: {
      notYet: input.people.filter((p) => p.readiness === 'not_yet').length,
      soon: input.people.filter((p) => p.readiness === 'soon').length,
      ready: input.people.filter((p) => p.readiness === 'ready').length,
      unset: input.people.filter((p) => p.readiness === null).length,
    },
    coveredCompetencies: [...covered].sort(),
  };
}

/** Mean manager rating against the level per competency of a quarter's packets. */
function competencyMeans(people: readonly TeamReportPerson[]): Map<string, { areaName: string; mean: number | null }> {
  const gaps = new Map<string, { areaName: string; values: number[] }>();
  for (const p of people) {
    for (const r of p.packet.ratings) {
      const entry = gaps.get(r.competencyName) ?? { areaName: r.areaName, values: [] };
      if (r.gapToLevel !== null) entry.values.push(r.gapToLevel);
      gaps.set(r.competencyName, entry);
    }
  }
  return new Map([...gaps.entries()].map(([name, e]) => [name, { areaName: e.areaName, mean: mean(e.values) }]));
}

function competencyChanges(
  latest: TeamReportQuarterInput | undefined,
  before: TeamReportQuarterInput | undefined,
): CompetencyChange[] {
  if (!latest) return [];
  const now = competencyMeans(latest.people);
  const then = before ? competencyMeans(before.people) : new Map<string, { areaName: string; mean: number | null }>();
  const names = new Set([...now.keys(), ...then.keys()]);
  return [...names]
    .map((competencyName) => {
      const a = now.get(competencyName);
      const b = then.get(competencyName);
      const nowMean = a?.mean ?? null;
      const beforeMean = b?.mean ?? null;
      return {
        competencyName,
        areaName: a?.areaName ?? b?.areaName ?? '',
        before: beforeMean,
        now: nowMean,
        change: nowMean === null || beforeMean === null ? null : nowMean - beforeMean,
      };
    })
    .filter((c) => c.now !== null || c.before !== null)
    .sort(
      (x, y) => Math.abs(y.change ?? 0) - Math.abs(x.change ?? 0) || x.competencyName.localeCompare(y.competencyName),
    );
}

function highlightsOf(latest: TeamReportQuarterInput | undefined, lost: readonly string[]): string[] {
  if (!latest || latest.people.length === 0) return [];
  const out: string[] = [];
  const growth = [...latest.people]
    .map((p) => ({ name: p.name, rose: p.packet.ratingSummary.improved }))
    .filter((g) => g.rose > 0)
    .sort((a, b) => b.rose - a.rose || a.name.localeCompare(b.name));
  if (growth.length > 0) {
    out.push(
      `Largest growth: ${growth[0].name}, with manager ratings up in ${plural(growth[0].rose, 'competency', 'competencies')}.`,
    );
  }
  const noDevelopment = latest.people
    .filter((p) => p.packet.time.allocatedDays > 0 && p.packet.time.developmentShare === 0)
    .map((p) => p.name);
  if (noDevelopment.length > 0) out.push(`No development time this quarter: ${names(noDevelopment)}.`);
  const atRisk = latest.people.reduce((n, p) => n + p.packet.goals.atRisk, 0);
  if (atRisk > 0) out.push(`${plural(atRisk, 'goal')} at risk.`);
  const stale = latest.people.reduce(
    (n, p) => n + p.packet.goals.active.filter((g) => g.checkInsThisQuarter === 0).length,
    0,
  );
  if (stale > 0) out.push(`${plural(stale, 'open goal')} had no check-in this quarter.`);
  const behind = latest.people.filter((p) => p.packet.oneOnOnes.kept === false).map((p) => p.name);
  if (behind.length > 0) out.push(`One-on-ones behind the cadence with ${names(behind)}.`);
  // A competency met by exactly one person rests on them.
  const holders = new Map<string, string[]>();
  for (const p of latest.people) {
    for (const r of p.packet.ratings) {
      if (r.gapToLevel !== null && r.gapToLevel >= 0)
        holders.set(r.competencyName, [...(holders.get(r.competencyName) ?? []), p.name]);
    }
  }
  const single = [...holders.entries()].filter(([, who]) => who.length === 1).sort(([a], [b]) => a.localeCompare(b));
  if (single.length > 0) {
    out.push(
      `Single points of failure: ${single
        .slice(0, 3)
        .map(([competency, who]) => `${competency} (${who[0]})`)
        .join(', ')}${single.length > 3 ? ` and ${single.length - 3} more` : ''}.`,
    );
  }
  if (lost.length > 0) out.push(`Coverage lost since last quarter: ${names(lost)}.`);
  return out;
}

/**
 * A reach's quarterly report: per quarter (oldest first) the average manager rating against the
 * level by area, the heatmap's change per competency since the quarter before, development share against the target, goals finished, one-on-one cadence kept,
 * readiness calls and the competencies someone meets; coverage gained and lost between the last
 * two quarters; and highlights read off the latest quarter.
 */
export function teamReport(quarters: readonly TeamReportQuarterInput[]): TeamReport {
  const ordered = [...quarters].sort((a, b) => a.quarter.localeCompare(b.quarter));
  const figures = ordered.map(quarterFigures);
  const latest = figures[figures.length - 1];
  const before = figures[figures.length - 2];
  const now = new Set(latest?.coveredCompetencies ?? []);
  const then = new Set(before?.coveredCompetencies ?? []);
  const gained = before ? [...now].filter((c) => !then.has(c)).sort() : [];
  const lost = before ? [...then].filter((c) => !now.has(c)).sort() : [];
  return {
    quarters: figures,
    competencyChanges: competencyChanges(ordered[ordered.length - 1], ordered[ordered.length - 2]),
    coverageGained: gained,
    coverageLost: lost,
    highlights: highlightsOf(ordered[ordered.length - 1], lost),
  };
}
