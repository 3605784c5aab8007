import type {
  CompetencyAssessmentFieldsFragment,
  PersonGrowthFieldsFragment,
  RatingRungFieldsFragment,
} from '@web/generated/graphql';

export type CompetencyRow = CompetencyAssessmentFieldsFragment;
/** One rating as the growth queries read it. */
export type AssessmentView = NonNullable<CompetencyRow['self']>;

export interface AreaGroup {
  areaKey: string;
  areaName: string;
  competencies: CompetencyRow[];
}

/** Competencies in framework order, grouped by their area. */
export function groupByArea(competencies: readonly CompetencyRow[]): AreaGroup[] {
  const groups: AreaGroup[] = [];
  for (const competency of competencies) {
    let group = groups.find((item) => item.areaKey === competency.areaKey);
    if (!group) {
      group = { areaKey: competency.areaKey, areaName: competency.areaName, competencies: [] };
      groups.push(group);
    }
    group.competencies.push(competency);
  }
  return groups;
}

/** Levels between two ratings on the scale, or null when either is missing or off the scale. */
export function levelsApart(
  a: Pick<AssessmentView, 'ratingPosition'> | null | undefined,
  b: Pick<AssessmentView, 'ratingPosition'> | null | undefined,
): number | null {
  if (a?.ratingPosition == null || b?.ratingPosition == null) return null;
  return Math.abs(a.ratingPosition - b.ratingPosition);
}

export function differsLabel(levels: number | null): string {
  if (levels === null) return 'Self and manager differ';
  return `Differs by ${levels} ${levels === 1 ? 'level' : 'levels'}`;
}

export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] || name;
}

/**
 * The rungs a rating may choose: retired ones are kept only when they are the value already
 * given, so an old rating still reads correctly.
 */
export function selectableRungs(
  scale: readonly RatingRungFieldsFragment[],
  currentKey?: string | null,
): RatingRungFieldsFragment[] {
  return scale.filter((rung) => !rung.retired || rung.key === currentKey);
}

/** The previous quarter's comparison series: the manager's ratings when visible, else the self ratings. */
export function previousSource(growth: Pick<PersonGrowthFieldsFragment, 'competencies'>): 'manager' | 'self' | null {
  if (growth.competencies.some((c) => c.previousManager)) return 'manager';
  if (growth.competencies.some((c) => c.previousSelf)) return 'self';
  return null;
}

export function hasAnyRating(growth: Pick<PersonGrowthFieldsFragment, 'competencies'>): boolean {
  return growth.competencies.some((c) => c.self || c.manager || c.previousSelf || c.previousManager);
}
