import { balanceOf, sumTotals, type TimeTotals } from './capacity';

/** One person's weeks of a plan, and whether the reader sees their growth. */
export interface PersonWeeks {
  personId: string;
  weeks: readonly TimeTotals[];
  /** Growth-aligned work is a growth record: counted only for people whose growth the reader sees. */
  seesGrowth: boolean;
}

/** A project need and how much of it a plan fills, in percent of a person's time. */
export interface NeedFill {
  needId: string;
  percent: number;
  filledPercent: number;
}

export interface OverAllocatedPerson {
  personId: string;
  /** Weeks above 100%. */
  weeks: number;
  /** The highest week's confirmed work against capacity (1.3 is 130%). */
  peakShare: number;
}

/** The figures a planner weighs a plan by: a scenario's against today's. */
export interface PlanFigures {
  /** Person-weeks whose confirmed work is above capacity. */
  overAllocatedPersonWeeks: number;
  /** Who is over, most weeks first. */
  overAllocated: OverAllocatedPerson[];
  /** Confirmed work against capacity, over everyone and every week. */
  allocatedShare: number;
  /** Development's share of the confirmed work. */
  developmentShare: number;
  /** How far the development share is below the target (0 when it meets it). */
  developmentShortfall: number;
  /** Share of delivery that exercises a goal's competency, over the people whose growth is seen; null for none. */
  growthAlignedShare: number | null;
  /** The needs' shares asked for, and the part nobody covers, in percent. */
  demandPercent: number;
  openPercent: number;
  /** openPercent / demandPercent: 0 when every need is covered (or there are none). */
  unfilledShare: number;
  /** Needs with a share still open, most open first. */
  openNeeds: (NeedFill & { openPercent: number })[];
}

/** How a scenario moves each figure: scenario minus plan (fewer over-allocated weeks is negative). */
export interface FigureDeltas {
  overAllocatedPersonWeeks: number;
  allocatedShare: number;
  developmentShare: number;
  developmentShortfall: number;
  growthAlignedShare: number | null;
  unfilledShare: number;
  openPercent: number;
}

export interface PlanFigureOptions {
  /** Target share of development time (0.2 by default). */
  developmentTarget?: number;
}

/**
 * A plan's figures over a range of weeks: who is over-allocated and for how many weeks, the
 * development share of the confirmed work against the target, the growth-aligned share of
 * delivery, and the demand that no allocation covers. Pure: the same facts give the same figures
 * for the plan of record and for a scenario, so the two compare like for like.
 */
export function planFigures(
  people: readonly PersonWeeks[],
  needs: readonly NeedFill[],
  options: PlanFigureOptions = {},
): PlanFigures {
  const target = options.developmentTarget ?? 0.2;
  const overAllocated: OverAllocatedPerson[] = [];
  const all: TimeTotals[] = [];
  const seen: TimeTotals[] = [];
  for (const person of people) {
    let weeks = 0;
    let peakShare = 0;
    for (const week of person.weeks) {
      const b = balanceOf(week);
      if (b.overAllocated) {
        weeks += 1;
        peakShare = Math.max(peakShare, b.allocatedShare);
      }
    }
    if (weeks > 0) overAllocated.push({ personId: person.personId, weeks, peakShare });
    const total = sumTotals(person.weeks);
    all.push(total);
    if (person.seesGrowth) seen.push(total);
  }
  overAllocated.sort((a, b) => b.weeks - a.weeks || b.peakShare - a.peakShare || a.personId.localeCompare(b.personId));
  const balance = balanceOf(sumTotals(all), { developmentTarget: target });
  const growth = seen.length > 0 ? balanceOf(sumTotals(seen)).growthAlignedShare : null;

  const open = needs
    .map((n) => ({ ...n, openPercent: Math.max(0, n.percent - n.filledPercent) }))
    .filter((n) => n.openPercent > 0)
    .sort((a, b) => b.openPercent - a.openPercent || a.needId.localeCompare(b.needId));
  const demandPercent = needs.reduce((sum, n) => sum + n.percent, 0);
  const openPercent = open.reduce((sum, n) => sum + n.openPercent, 0);
  return {
    overAllocatedPersonWeeks: overAllocated.reduce((sum, p) => sum + p.weeks, 0),
    overAllocated,
    allocatedShare: balance.allocatedShare,
    developmentShare: balance.developmentShare,
    developmentShortfall: balance.developmentShortfall,
    growthAlignedShare: growth,
    demandPercent,
    openPercent,
    unfilledShare: demandPercent > 0 ? openPercent / demandPercent : 0,
    openNeeds: open,
  };
}

/** Scenario minus plan, figure by figure (null where either side has no growth-aligned share). */
export function figureDeltas(plan: PlanFigures, scenario: PlanFigures): FigureDeltas {
  return {
    overAllocatedPersonWeeks: scenario.overAllocatedPersonWeeks - plan.overAllocatedPersonWeeks,
    allocatedShare: scenario.allocatedShare - plan.allocatedShare,
    developmentShare: scenario.developmentShare - plan.developmentShare,
    developmentShortfall: scenario.developmentShortfall - plan.developmentShortfall,
    growthAlignedShare:
      plan.growthAlignedShare === null || scenario.growthAlignedShare === null
        ? null
        : scenario.growthAlignedShare - plan.growthAlignedShare,
    unfilledShare: scenario.unfilledShare - plan.unfilledShare,
    openPercent: scenario.openPercent - plan.openPercent,
  };
}
