import type {
  CalibrationGroupFieldsFragment,
  TeamReportQuarterFieldsFragment,
  TeamReportRowFieldsFragment,
} from '@web/generated/graphql';
import { sortByLeniency } from './leniency';

/** Two decimals: what a chart's tooltip and axis show. */
const round2 = (value: number) => Math.round(value * 100) / 100;
/** A share (0.42) as a percentage to one decimal (42). */
const toPercent = (share: number) => Math.round(share * 1000) / 10;

export type ReadinessKey = 'notYet' | 'soon' | 'ready' | 'unset';

/** How many reviews carry each readiness call (unset: none made yet). */
export type ReadinessTally = Record<ReadinessKey, number>;

/** The readiness calls in the order a stacked bar reads them, with colours at least 3:1 on white. */
export const READINESS_SERIES: { name: ReadinessKey; label: string; color: string }[] = [
  { name: 'ready', label: 'Ready', color: 'teal.8' },
  { name: 'soon', label: 'Soon', color: 'blue.6' },
  { name: 'notYet', label: 'Not yet', color: 'orange.8' },
  { name: 'unset', label: 'Unset', color: 'gray.6' },
];

export interface ReadinessSegment {
  key: ReadinessKey;
  label: string;
  color: string;
  count: number;
  /** Share of the group's reviews, in percent (0..100). */
  percent: number;
}

/** A group's readiness calls as the sections of one small stacked bar (empty sections left out). */
export function readinessSegments(counts: ReadinessTally): ReadinessSegment[] {
  const total = counts.notYet + counts.soon + counts.ready + counts.unset;
  if (total === 0) return [];
  return READINESS_SERIES.filter((s) => counts[s.name] > 0).map((s) => ({
    key: s.name,
    label: s.label,
    color: s.color,
    count: counts[s.name],
    percent: (counts[s.name] / total) * 100,
  }));
}

/** "2 ready, 1 soon, 3 not yet, 1 unset" (calls with none left out); "No reviews" when empty. */
export function readinessText(counts: ReadinessTally): string {
  const parts = readinessSegments(counts).map((s) => `${s.count} ${s.label.toLowerCase()}`);
  return parts.length ? parts.join(', ') : 'No reviews';
}

/** The diverging bars of "who rates differently": each group's mean against the reach's, furthest first. */
export function leniencyBars(
  groups: readonly Pick<CalibrationGroupFieldsFragment, 'name' | 'againstReach'>[],
): { name: string; againstReach: number }[] {
  return sortByLeniency(groups).flatMap((g) =>
    g.againstReach === null ? [] : [{ name: g.name, againstReach: round2(g.againstReach) }],
  );
}

/** Line colours at least 3:1 on white; the lines also differ by dash, not by colour alone. */
const AREA_LOOKS = [
  { color: 'indigo.7' },
  { color: 'teal.8', strokeDasharray: '6 3' },
  { color: 'orange.9', strokeDasharray: '2 3' },
  { color: 'grape.8', strokeDasharray: '8 3 2 3' },
  { color: 'cyan.9' },
  { color: 'pink.8', strokeDasharray: '6 3' },
  { color: 'lime.9', strokeDasharray: '2 3' },
  { color: 'gray.7', strokeDasharray: '8 3 2 3' },
];

export interface AreaTrend {
  /** One row per quarter (oldest first): `quarter` is its label, `area0`… the mean gap of each area. */
  data: Record<string, string | number | null>[];
  /** One line per area; keys are `area0`… so that an area's name never has to be a data key. */
  series: { name: string; label: string; color: string; strokeDasharray?: string }[];
}

/** The average manager rating against the level, by area (alphabetical), over the quarters. */
export function areaTrend(quarters: readonly Pick<TeamReportQuarterFieldsFragment, 'label' | 'byArea'>[]): AreaTrend {
  const names = [...new Set(quarters.flatMap((q) => q.byArea.map((a) => a.areaName)))].sort((a, b) =>
    a.localeCompare(b),
  );
  const keyOf = new Map(names.map((name, i) => [name, `area${i}`]));
  return {
    data: quarters.map((q) => {
      const row: Record<string, string | number | null> = { quarter: q.label };
      for (const name of names) row[keyOf.get(name) ?? name] = null;
      for (const a of q.byArea) {
        row[keyOf.get(a.areaName) ?? a.areaName] = a.averageGap === null ? null : round2(a.averageGap);
      }
      return row;
    }),
    series: names.map((name, i) => ({
      name: `area${i}`,
      label: name,
      ...AREA_LOOKS[i % AREA_LOOKS.length],
    })),
  };
}

export interface DevelopmentBar {
  name: string;
  /** Percent of their work (0..100). */
  development: number;
  meetsTarget: boolean;
}

/** Each person's development share in percent, lowest first (who is furthest under the target). */
export function developmentBars(
  people: readonly Pick<TeamReportRowFieldsFragment, 'person' | 'developmentShare' | 'meetsDevelopmentTarget'>[],
): DevelopmentBar[] {
  return [...people]
    .sort((a, b) => a.developmentShare - b.developmentShare || a.person.name.localeCompare(b.person.name))
    .map((p) => ({
      name: p.person.name,
      development: toPercent(p.developmentShare),
      meetsTarget: p.meetsDevelopmentTarget,
    }));
}

/** The readiness calls of each quarter (oldest first), for a stacked bar per quarter. */
export function readinessByQuarter(
  quarters: readonly Pick<TeamReportQuarterFieldsFragment, 'label' | 'readiness'>[],
): ({ quarter: string } & Record<ReadinessKey, number>)[] {
  return quarters.map((q) => ({
    quarter: q.label,
    ready: q.readiness.ready,
    soon: q.readiness.soon,
    notYet: q.readiness.notYet,
    unset: q.readiness.unset,
  }));
}

export interface QuarterPace {
  quarter: string;
  goalsFinished: number;
  oneOnOnesKept: number;
  withOneOnOnes: number;
  /** Share of the people with a one-on-one series who kept its cadence; null with none. */
  cadenceShare: number | null;
}

/** Goals finished and one-on-one cadence kept, quarter by quarter (oldest first). */
export function paceByQuarter(
  quarters: readonly Pick<
    TeamReportQuarterFieldsFragment,
    'label' | 'goalsFinished' | 'oneOnOnesKept' | 'withOneOnOnes'
  >[],
): QuarterPace[] {
  return quarters.map((q) => ({
    quarter: q.label,
    goalsFinished: q.goalsFinished,
    oneOnOnesKept: q.oneOnOnesKept,
    withOneOnOnes: q.withOneOnOnes,
    cadenceShare: q.withOneOnOnes === 0 ? null : q.oneOnOnesKept / q.withOneOnOnes,
  }));
}
