import type { PersonGrowthFieldsFragment, RatingRungFieldsFragment } from '@web/generated/graphql';
import { type CompetencyRow, groupByArea, previousSource } from './growthView';

/** One area of the framework, its competencies' ratings averaged on the scale's positions. */
export interface AreaSummary {
  areaKey: string;
  areaName: string;
  competencyCount: number;
  /** Mean position of the rated competencies; null when none is rated. */
  self: number | null;
  selfRated: number;
  manager: number | null;
  managerRated: number;
  /** The same quarter before, from the source `previousSource` picks. */
  previous: number | null;
  /** The position of the person's level: every competency expects it. */
  expectation: number | null;
  disagreements: number;
}

/** The mean of the values that are there, rounded to a tenth; null without any. */
export function meanPosition(values: readonly (number | null | undefined)[]): number | null {
  const present = values.filter((value): value is number => typeof value === 'number');
  if (present.length === 0) return null;
  const mean = present.reduce((sum, value) => sum + value, 0) / present.length;
  return Math.round(mean * 10) / 10;
}

/** Per area of the quarter: self, manager, last quarter and the expectation, in framework order. */
export function areaSummaries(
  growth: Pick<PersonGrowthFieldsFragment, 'competencies' | 'level' | 'managerRatingsVisible'>,
): AreaSummary[] {
  const previous = previousSource(growth);
  const pickPrevious = (c: CompetencyRow) => (previous === 'manager' ? c.previousManager : c.previousSelf);
  return groupByArea(growth.competencies).map((group) => {
    const rows = group.competencies;
    const manager = growth.managerRatingsVisible ? rows.map((c) => c.manager?.ratingPosition) : [];
    return {
      areaKey: group.areaKey,
      areaName: group.areaName,
      competencyCount: rows.length,
      self: meanPosition(rows.map((c) => c.self?.ratingPosition)),
      selfRated: rows.filter((c) => c.self).length,
      manager: meanPosition(manager),
      managerRated: growth.managerRatingsVisible ? rows.filter((c) => c.manager).length : 0,
      previous: previous ? meanPosition(rows.map((c) => pickPrevious(c)?.ratingPosition)) : null,
      expectation: growth.level?.position ?? null,
      disagreements: rows.filter((c) => c.disagreement).length,
    };
  });
}

export interface ScaleWindow {
  /** The position at the centre of the radar. */
  min: number;
  /** The position of the outer ring. */
  max: number;
}

/**
 * The part of the scale worth drawing: from one level below the lowest value to one level above
 * the expectation (or the highest value, when that is higher), within the scale. An Engineer's
 * radar then spans Below expectations to Senior Engineer, not every level up to Principal.
 */
export function fitScale(
  values: readonly (number | null)[],
  expectation: number | null,
  scale: readonly Pick<RatingRungFieldsFragment, 'position'>[],
): ScaleWindow {
  const positions = scale.map((rung) => rung.position);
  const bottom = positions.length ? Math.min(...positions) : 0;
  const top = positions.length ? Math.max(...positions) : 1;
  const known = values.filter((value): value is number => value !== null);
  if (expectation !== null) known.push(expectation);
  if (known.length === 0) return { min: bottom, max: top };
  const lowest = Math.floor(Math.min(...known)) - 1;
  const highest = Math.max(Math.ceil(Math.max(...known)), expectation === null ? -Infinity : expectation + 1);
  let min = Math.max(bottom, lowest);
  let max = Math.min(top, highest);
  // At least two steps, so that the rings say something.
  if (max - min < 2) {
    if (max < top) max = Math.min(top, min + 2);
    if (max - min < 2) min = Math.max(bottom, max - 2);
  }
  return { min, max };
}

/** The name of the rung at a position ("Senior Engineer"), or the number when there is none. */
export function rungAt(scale: readonly RatingRungFieldsFragment[], position: number): string {
  return scale.find((rung) => rung.position === position)?.name ?? String(position);
}

/**
 * A mean position in words: a whole position is the rung's name; between two rungs it says
 * which, e.g. "1.5, between Engineer and Senior Engineer".
 */
export function positionWords(scale: readonly RatingRungFieldsFragment[], position: number | null): string {
  if (position === null) return 'Not rated';
  if (Number.isInteger(position)) return rungAt(scale, position);
  return `${position.toFixed(1)}, between ${rungAt(scale, Math.floor(position))} and ${rungAt(scale, Math.ceil(position))}`;
}
