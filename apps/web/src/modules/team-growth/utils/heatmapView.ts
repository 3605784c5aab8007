import type { AssessmentSource, TeamGrowthFieldsFragment } from '@web/generated/graphql';

export type HeatmapCompetency = TeamGrowthFieldsFragment['competencies'][number];
export type HeatmapRow = TeamGrowthFieldsFragment['rows'][number];
export type HeatmapCellData = HeatmapRow['cells'][number];

export interface HeatmapArea {
  key: string;
  name: string;
  competencies: HeatmapCompetency[];
}

/** Consecutive competencies of one area, in the framework's order. */
export function groupByArea(competencies: readonly HeatmapCompetency[]): HeatmapArea[] {
  const areas: HeatmapArea[] = [];
  for (const competency of competencies) {
    const last = areas[areas.length - 1];
    if (last && last.key === competency.areaKey) last.competencies.push(competency);
    else areas.push({ key: competency.areaKey, name: competency.areaName, competencies: [competency] });
  }
  return areas;
}

/** How a cell compares with the expectation of the person's level; drives its colour. */
export type GapClass =
  'extreme-below' | 'far-below' | 'below' | 'meets' | 'above' | 'far-above' | 'extreme-above' | 'off-scale' | 'unrated';

export function gapClass(cell: Pick<HeatmapCellData, 'rating' | 'gap'>): GapClass {
  if (!cell.rating) return 'unrated';
  if (cell.gap === null || cell.gap === undefined) return 'off-scale';
  return gapClassOf(cell.gap);
}

function gapClassOf(gap: number): GapClass {
  if (gap <= -3) return 'extreme-below';
  if (gap === -2) return 'far-below';
  if (gap === -1) return 'below';
  if (gap === 0) return 'meets';
  if (gap === 1) return 'above';
  if (gap === 2) return 'far-above';
  return 'extreme-above';
}

export interface LegendEntry {
  gapClass: GapClass;
  symbol: string;
  label: string;
}

/**
 * The legend, in the order a reader scans it: every gap the cells can take (from the lowest to
 * the highest the people's scales allow, so "+3" is there when it can occur), then not rated.
 */
export function gapLegend(range: { min: number; max: number } | null): LegendEntry[] {
  const min = Math.min(range?.min ?? -1, -1);
  const max = Math.max(range?.max ?? 1, 1);
  const entries: LegendEntry[] = [];
  for (let gap = min; gap <= max; gap += 1) {
    entries.push({
      gapClass: gapClassOf(gap),
      symbol: cellSymbol({ rating: 'any', gap }),
      label:
        gap === 0
          ? 'Meets the level'
          : `${Math.abs(gap)} ${Math.abs(gap) === 1 ? 'level' : 'levels'} ${gap < 0 ? 'below' : 'above'}`,
    });
  }
  entries.push({ gapClass: 'unrated', symbol: '—', label: 'Not rated this quarter' });
  return entries;
}

/** The short text inside a cell, so the gap does not rest on colour alone. */
export function cellSymbol(cell: Pick<HeatmapCellData, 'rating' | 'gap'>): string {
  const kind = gapClass(cell);
  if (kind === 'unrated') return '—';
  if (kind === 'off-scale') return '?';
  if (kind === 'meets') return '✓';
  const gap = cell.gap ?? 0;
  return gap < 0 ? `−${Math.abs(gap)}` : `+${gap}`;
}

const numberWords = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** "meets Engineer", "one level above Engineer", "two levels below Engineer". */
export function gapPhrase(gap: number, levelName: string): string {
  if (gap === 0) return `meets ${levelName}`;
  const size = Math.abs(gap);
  const count = numberWords[size] ?? String(size);
  return `${count} ${size === 1 ? 'level' : 'levels'} ${gap > 0 ? 'above' : 'below'} ${levelName}`;
}

export function sourceLabel(source: AssessmentSource | null | undefined): string {
  return source === 'MANAGER' ? 'manager' : 'self';
}

/**
 * The accessible name of a cell, e.g.
 * "Sam Okafor, System design: Senior Engineer (manager), one level above Engineer".
 */
export function cellLabel(
  personName: string,
  levelName: string,
  competencyName: string,
  cell: HeatmapCellData,
): string {
  const subject = `${personName}, ${competencyName}`;
  if (!cell.rating) return `${subject}: not rated this quarter`;
  const rating = `${cell.ratingName ?? cell.rating} (${sourceLabel(cell.source)})`;
  const apart = cell.disagreement ? '; self and manager ratings a level or more apart' : '';
  if (cell.gap === null || cell.gap === undefined) {
    return `${subject}: ${rating}, not on the scale of ${levelName}${apart}`;
  }
  return `${subject}: ${rating}, ${gapPhrase(cell.gap, levelName)}${apart}`;
}

export interface HeatmapSummary {
  people: number;
  rated: number;
  cells: number;
  below: number;
  disagreements: number;
}

export function summarize(rows: readonly HeatmapRow[]): HeatmapSummary {
  let rated = 0;
  let cells = 0;
  let below = 0;
  let disagreements = 0;
  for (const row of rows) {
    cells += row.cells.length;
    rated += row.cells.filter((cell) => cell.rating).length;
    below += row.belowCount;
    disagreements += row.disagreementCount;
  }
  return { people: rows.length, rated, cells, below, disagreements };
}

/** "12/23 toward Senior Engineer", or a plain word when there is no next level. */
export function readinessText(readiness: HeatmapRow['readiness']): string {
  if (!readiness.nextLevelName) return 'Top of the track';
  return `${readiness.met}/${readiness.total} toward ${readiness.nextLevelName}`;
}
