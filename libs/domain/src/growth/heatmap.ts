import { activeCompetencies } from '../framework/levels';
import type { Framework } from '../framework/types';
import { ratingPosition, type AssessmentSource, type RatingRecord } from './ratings';

/** A column of the heatmap: an active competency and its area. */
export interface HeatmapCompetency {
  key: string;
  name: string;
  areaKey: string;
  areaName: string;
}

export interface HeatmapCell {
  competencyKey: string;
  /** The manager rating if there is one, else the self rating, else null. */
  ratingKey: string | null;
  source: AssessmentSource | null;
  ratingPosition: number | null;
  /** Position of the person's level on their track's scale (null when unknown). */
  expectedPosition: number | null;
  /** ratingPosition - expectedPosition, or null. */
  gap: number | null;
}

export interface HeatmapRow {
  personId: string;
  /** Same order as the heatmap's competencies. */
  cells: HeatmapCell[];
  /** Cells with gap < 0. */
  belowCount: number;
}

export interface Heatmap {
  competencies: HeatmapCompetency[];
  rows: HeatmapRow[];
}

interface RatingPair {
  manager?: RatingRecord;
  self?: RatingRecord;
}

/** personId -> competencyKey -> the ratings of each source; nested so no separator can collide. */
function indexRatings(ratings: readonly RatingRecord[]): Map<string, Map<string, RatingPair>> {
  const index = new Map<string, Map<string, RatingPair>>();
  for (const rating of ratings) {
    let byCompetency = index.get(rating.personId);
    if (!byCompetency) index.set(rating.personId, (byCompetency = new Map()));
    let pair = byCompetency.get(rating.competencyKey);
    if (!pair) byCompetency.set(rating.competencyKey, (pair = {}));
    const current = pair[rating.source];
    // Callers pass one quarter, but if they pass more the latest quarter (then the later record) wins.
    if (!current || rating.quarter >= current.quarter) pair[rating.source] = rating;
  }
  return index;
}

/**
 * People × active competencies for one quarter's ratings (callers pass only that quarter's
 * ratings). Rows keep the order of `people`; a cell shows the manager rating, else the self rating.
 */
export function teamHeatmap(
  framework: Framework,
  people: readonly { personId: string; trackKey: string; levelKey: string }[],
  ratings: readonly RatingRecord[],
): Heatmap {
  const active = activeCompetencies(framework);
  const competencies: HeatmapCompetency[] = active.map(({ area, competency }) => ({
    key: competency.key,
    name: competency.name,
    areaKey: area.key,
    areaName: area.name,
  }));
  const index = indexRatings(ratings);
  const rows = people.map((person): HeatmapRow => {
    const expectedPosition = ratingPosition(framework, person.trackKey, person.levelKey);
    const byCompetency = index.get(person.personId);
    let belowCount = 0;
    const cells = competencies.map((competency): HeatmapCell => {
      const pair = byCompetency?.get(competency.key);
      const shown = pair?.manager ?? pair?.self ?? null;
      const position = shown ? ratingPosition(framework, person.trackKey, shown.ratingKey) : null;
      const gap = position === null || expectedPosition === null ? null : position - expectedPosition;
      if (gap !== null && gap < 0) belowCount++;
      return {
        competencyKey: competency.key,
        ratingKey: shown?.ratingKey ?? null,
        source: shown?.source ?? null,
        ratingPosition: position,
        expectedPosition,
        gap,
      };
    });
    return { personId: person.personId, cells, belowCount };
  });
  return { competencies, rows };
}
