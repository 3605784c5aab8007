import { BELOW_EXPECTATIONS_KEY, type Framework } from '../framework/types';

/** Who gave a rating: the person about themselves, or their manager. */
export type AssessmentSource = 'self' | 'manager';

/** A person's place in the framework. levelKey may be a key the framework no longer has. */
export interface PersonLevel {
  trackKey: string;
  levelKey: string;
}

/** One rating as stored. quarter is a quarter key ('FY2027-Q1'). */
export interface RatingRecord {
  personId: string;
  competencyKey: string;
  quarter: string;
  source: AssessmentSource;
  ratingKey: string;
}

/**
 * Position of a rating key on the track's scale (0 for `below_expectations`, 1..n for the
 * track's levels, retired ones included), or null when the track or key is not on it (never throws).
 */
export function ratingPosition(framework: Framework, trackKey: string, ratingKey: string): number | null {
  // Stored ratings and people outlive framework edits, so a missing key is data, not a bug.
  const track = framework.tracks.find((t) => t.key === trackKey);
  if (!track) return null;
  if (ratingKey === BELOW_EXPECTATIONS_KEY) return 0;
  const index = track.levels.findIndex((l) => l.key === ratingKey);
  return index >= 0 ? index + 1 : null;
}

/**
 * Rating position minus the position of the person's level: 0 meets the level, negative below,
 * positive above. null when either is not on the track's scale.
 */
export function competencyGap(framework: Framework, person: PersonLevel, ratingKey: string): number | null {
  const rating = ratingPosition(framework, person.trackKey, ratingKey);
  const level = ratingPosition(framework, person.trackKey, person.levelKey);
  return rating === null || level === null ? null : rating - level;
}

/** Self and manager differ by one level or more (both must be on the scale; otherwise false). */
export function ratingsDisagree(framework: Framework, trackKey: string, selfKey: string, managerKey: string): boolean {
  const self = ratingPosition(framework, trackKey, selfKey);
  const manager = ratingPosition(framework, trackKey, managerKey);
  return self !== null && manager !== null && Math.abs(self - manager) >= 1;
}

/**
 * For each competency, the rating of the latest quarter among `ratings` of one source (callers
 * pass one person's ratings); returns competencyKey -> ratingKey. Within one quarter the later
 * record in the array wins.
 */
export function latestRatings(ratings: readonly RatingRecord[], source: AssessmentSource): Record<string, string> {
  const latest = new Map<string, RatingRecord>();
  for (const rating of ratings) {
    if (rating.source !== source) continue;
    const current = latest.get(rating.competencyKey);
    // Quarter keys sort chronologically as text; `>=` lets a later record of the same quarter win.
    if (!current || rating.quarter >= current.quarter) latest.set(rating.competencyKey, rating);
  }
  // fromEntries defines own properties, so no key (not even "__proto__") reaches the prototype.
  return Object.fromEntries([...latest].map(([competencyKey, rating]) => [competencyKey, rating.ratingKey]));
}
