import type { HeatmapCompetency, HeatmapRow } from './heatmapView';

/** A column the rows can be sorted by: the person's name, a summary column or a competency. */
export type SortColumn = 'name' | 'readiness' | 'below' | 'disagreements' | `competency:${string}`;

export interface HeatmapSort {
  column: SortColumn;
  descending: boolean;
}

export const defaultSort: HeatmapSort = { column: 'name', descending: false };

/** The rating of one competency compared with the level; unrated cells sort after every rated one. */
function competencyValue(row: HeatmapRow, key: string): number | null {
  const cell = row.cells.find((item) => item.competencyKey === key);
  if (!cell?.rating) return null;
  return cell.gap ?? null;
}

function valueOf(row: HeatmapRow, column: SortColumn): number | string | null {
  switch (column) {
    case 'name':
      return row.person.name;
    case 'readiness':
      return row.readiness.nextLevelName ? row.readiness.share : null;
    case 'below':
      return row.belowCount;
    case 'disagreements':
      return row.disagreementCount;
    default:
      return competencyValue(row, column.slice('competency:'.length));
  }
}

/** Rows in the chosen order; missing values (unrated, top of the track) go last either way; ties by name. */
export function sortRows(rows: readonly HeatmapRow[], sort: HeatmapSort): HeatmapRow[] {
  const direction = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = valueOf(a, sort.column);
    const y = valueOf(b, sort.column);
    if (x !== y) {
      if (x === null) return 1;
      if (y === null) return -1;
      const order = typeof x === 'string' && typeof y === 'string' ? x.localeCompare(y) : Number(x) - Number(y);
      if (order !== 0) return order * direction;
    }
    return a.person.name.localeCompare(b.person.name);
  });
}

/** What a team's row says about its people. */
export interface TeamRollup {
  people: number;
  below: number;
  disagreements: number;
  /** The lowest and highest readiness (met of total) of those with a next level; null when none has one. */
  readiness: { lowest: { met: number; total: number }; highest: { met: number; total: number } } | null;
  /** Self and manager ratings still missing this quarter, over everyone. */
  missing: number;
  /** People with manager ratings this quarter that are not shared with them yet. */
  unshared: number;
  /** Per competency: how many people are rated below their level. */
  belowBy: Record<string, number>;
}

export function missingRatings(row: HeatmapRow, competencyCount: number): number {
  return Math.max(0, competencyCount - row.selfRatedCount) + Math.max(0, competencyCount - row.managerRatedCount);
}

export function teamRollup(rows: readonly HeatmapRow[], competencyCount: number): TeamRollup {
  const belowBy: Record<string, number> = {};
  let readiness: TeamRollup['readiness'] = null;
  let below = 0;
  let disagreements = 0;
  let missing = 0;
  let unshared = 0;
  for (const row of rows) {
    below += row.belowCount;
    disagreements += row.disagreementCount;
    missing += missingRatings(row, competencyCount);
    if (row.managerRatedCount > 0 && !row.managerRatingsShared) unshared += 1;
    for (const cell of row.cells) {
      if (cell.gap !== null && cell.gap < 0) belowBy[cell.competencyKey] = (belowBy[cell.competencyKey] ?? 0) + 1;
    }
    const { met, total, share, nextLevelName } = row.readiness;
    if (!nextLevelName) continue;
    const point = { met, total };
    if (!readiness) readiness = { lowest: point, highest: point };
    else {
      if (share < readiness.lowest.met / Math.max(readiness.lowest.total, 1)) readiness.lowest = point;
      if (share > readiness.highest.met / Math.max(readiness.highest.total, 1)) readiness.highest = point;
    }
  }
  return { people: rows.length, below, disagreements, readiness, missing, unshared, belowBy };
}

export interface TeamGroup {
  /** The team's id, or '' for people without a team. */
  key: string;
  name: string;
  rows: HeatmapRow[];
  rollup: TeamRollup;
}

export const NO_TEAM = 'No team';

/** People by team, teams by name (people without a team last); each group's rows in the given order. */
export function groupByTeam(rows: readonly HeatmapRow[], competencyCount: number): TeamGroup[] {
  const groups = new Map<string, { name: string; rows: HeatmapRow[] }>();
  for (const row of rows) {
    const key = row.person.team?.id ?? '';
    const group = groups.get(key) ?? { name: row.person.team?.name ?? NO_TEAM, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  return [...groups.entries()]
    .sort(([ka, a], [kb, b]) => (ka === '' ? 1 : kb === '' ? -1 : a.name.localeCompare(b.name)))
    .map(([key, group]) => ({
      key,
      name: group.name,
      rows: group.rows,
      rollup: teamRollup(group.rows, competencyCount),
    }));
}

/** One line of the grid: a team's roll-up, or a person. */
export type HeatmapItem = { kind: 'team'; group: TeamGroup; collapsed: boolean } | { kind: 'person'; row: HeatmapRow };

/** The lines to draw: each team's roll-up, then its people unless the team is collapsed. */
export function heatmapItems(groups: readonly TeamGroup[], collapsed: ReadonlySet<string>): HeatmapItem[] {
  return groups.flatMap((group): HeatmapItem[] => {
    const closed = collapsed.has(group.key);
    const head: HeatmapItem = { kind: 'team', group, collapsed: closed };
    return closed ? [head] : [head, ...group.rows.map((row): HeatmapItem => ({ kind: 'person', row }))];
  });
}

/** "all", "area:<key>" or "competency:<key>": which competency columns show. */
export type ColumnFilter = string;

export function filterColumns(competencies: readonly HeatmapCompetency[], filter: ColumnFilter): HeatmapCompetency[] {
  if (filter.startsWith('area:')) return competencies.filter((c) => c.areaKey === filter.slice('area:'.length));
  if (filter.startsWith('competency:')) return competencies.filter((c) => c.key === filter.slice('competency:'.length));
  return [...competencies];
}
