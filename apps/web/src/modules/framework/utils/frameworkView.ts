import type {
  FrameworkDetailFragment,
  FrameworkLevelFieldsFragment,
  FrameworkYamlProblemFieldsFragment,
  LevelComparisonDetailFragment,
} from '@web/generated/graphql';

export type FrameworkArea = FrameworkDetailFragment['areas'][number];
export type FrameworkCompetency = FrameworkArea['competencies'][number];
export type FrameworkTrack = FrameworkDetailFragment['tracks'][number];
export type FrameworkLevel = FrameworkLevelFieldsFragment;
export type ComparisonRow = LevelComparisonDetailFragment['rows'][number];

export const individualContributorTrack = 'individual_contributor';

/** The track's levels in order, without retired ones unless asked for. */
export function visibleLevels(track: FrameworkTrack | undefined, showRetired: boolean): FrameworkLevel[] {
  if (!track) return [];
  return showRetired ? track.levels : track.levels.filter((level) => !level.retired);
}

/** Areas and their competencies, without retired ones unless asked for. */
export function visibleAreas(areas: readonly FrameworkArea[], showRetired: boolean): FrameworkArea[] {
  if (showRetired) return [...areas];
  return areas
    .filter((area) => !area.retired)
    .map((area) => ({ ...area, competencies: area.competencies.filter((competency) => !competency.retired) }));
}

export function expectationFor(competency: FrameworkCompetency, levelKey: string): string | undefined {
  return competency.expectations.find((expectation) => expectation.levelKey === levelKey)?.text;
}

/** The individual contributor track (or the first one), where every comparison starts. */
function firstTrack(framework: FrameworkDetailFragment): FrameworkTrack | undefined {
  return framework.tracks.find((track) => track.key === individualContributorTrack) ?? framework.tracks[0];
}

/** The first two current levels of the IC track: the same starting point for every viewer. */
export function defaultComparison(framework: FrameworkDetailFragment): { from: string | null; to: string | null } {
  const levels = visibleLevels(firstTrack(framework), false);
  return { from: levels[0]?.key ?? null, to: levels[1]?.key ?? levels[0]?.key ?? null };
}

/** Every current level, grouped by track, for a Select. */
export function levelOptions(framework: FrameworkDetailFragment) {
  return framework.tracks
    .map((track) => ({
      group: track.name,
      items: visibleLevels(track, false).map((level) => ({ value: level.key, label: level.name })),
    }))
    .filter((group) => group.items.length > 0);
}

export interface ComparisonAreaGroup {
  areaKey: string;
  areaName: string;
  rows: ComparisonRow[];
}

/** Comparison rows grouped by area, in the order the API sent them. */
export function groupRowsByArea(rows: readonly ComparisonRow[]): ComparisonAreaGroup[] {
  const groups = new Map<string, ComparisonAreaGroup>();
  for (const row of rows) {
    const group = groups.get(row.areaKey) ?? { areaKey: row.areaKey, areaName: row.areaName, rows: [] };
    group.rows.push(row);
    groups.set(row.areaKey, group);
  }
  return [...groups.values()];
}

/** A problem of an imported file; line 0 is about something the file leaves out (a key still in use). */
export function formatProblem(problem: FrameworkYamlProblemFieldsFragment): string {
  const where = problem.line > 0 ? `Line ${problem.line}: ` : '';
  return problem.path ? `${where}${problem.message} (${problem.path})` : `${where}${problem.message}`;
}

export function formatChangeSummary(changed: number, total: number): string {
  return `${changed} of ${total} ${total === 1 ? 'expectation changes' : 'expectations change'}`;
}
