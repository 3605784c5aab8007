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
  /** Active competencies with a self rating this quarter. */
  selfRated: number;
  /** Active competencies with a manager rating this quarter. */
  managerRated: number;
}

/** The smallest and largest gap a cell could show for these people, from their tracks' scales. */
export interface GapRange {
  min: number;
  max: number;
}

export interface Heatmap {
  competencies: HeatmapCompetency[];
  rows: HeatmapRow[];
  /** Null when no one's level is on their track's scale (no cell can have a gap). */
  gapRange: GapRange | null;
}

/**
 * The gaps a person's cells can take: from the below-expectations rung (position 0) minus their
 * level's position, to the top of their track minus it. Null when the level is not on the scale.
 */
export function possibleGaps(framework: Framework, person: { trackKey: string; levelKey: string }): GapRange | null {
  const track = framework.tracks.find((t) => t.key === person.trackKey);
  const expected = ratingPosition(framework, person.trackKey, person.levelKey);
  if (!track || expected === null) return null;
  return { min: -expected, max: track.levels.length - expected };
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
  let gapRange: GapRange | null = null;
  const rows = people.map((person): HeatmapRow => {
    const range = possibleGaps(framework, person);
    if (range) {
      gapRange = gapRange ? { min: Math.min(gapRange.min, range.min), max: Math.max(gapRange.max, range.max) } : range;
    }
    const expectedPosition = ratingPosition(framework, person.trackKey, person.levelKey);
    const byCompetency = index.get(person.personId);
    let belowCount = 0;
    let selfRated = 0;
    let managerRated = 0;
    const cells = competencies.map((competency): HeatmapCell => {
      const pair = byCompetency?.get(competency.key);
      if (pair?.self) selfRated++;
      if (pair?.manager) managerRated++;
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
    return { personId: person.personId, cells, belowCount, selfRated, managerRated };
  });
  return { competencies, rows, gapRange };
}
