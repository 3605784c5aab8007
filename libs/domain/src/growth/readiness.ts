import {
  activeCompetencies,
  FrameworkLookupError,
  levelIndex,
  nextLevel,
  type ActiveCompetency,
} from '../framework/levels';
import type { Framework, Level } from '../framework/types';
import { ratingPosition, type PersonLevel } from './ratings';

/** A competency whose manager rating does not yet reach the next level. */
export interface ReadinessGap {
  competencyKey: string;
  competencyName: string;
  areaName: string;
  /** The latest manager rating, or null when there is none. */
  ratingKey: string | null;
  /** The next level's expectation sentence. */
  expected: string;
}

export interface PromotionReadiness {
  /** The next active level on the person's track, or null at the top (or when the level is unknown). */
  nextLevel: { key: string; name: string } | null;
  /** Active competencies whose manager rating reaches the next level's position. */
  met: number;
  /** Active competencies counted (all active competencies of the framework). */
  total: number;
  /** met / total, 0..1; 0 when total is 0 or there is no next level. */
  share: number;
  /** Competencies not yet met, in framework order. */
  gaps: ReadinessGap[];
}

function hasOwn(record: Readonly<Record<string, string>>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}

function findNextLevel(framework: Framework, person: PersonLevel): Level | null {
  try {
    return nextLevel(framework, person.trackKey, person.levelKey);
  } catch (error) {
    // A person may sit on a level or track removed since; they simply have no next step to show.
    if (error instanceof FrameworkLookupError) return null;
    throw error;
  }
}

/**
 * Promotion readiness: share of the next level's expectations met, by the latest manager ratings
 * (competencyKey -> ratingKey). A rating at or above the next level's position counts as met.
 * At the top of a track, or for an unknown track or level, nothing is met and there are no gaps.
 */
export function promotionReadiness(
  framework: Framework,
  person: PersonLevel,
  managerRatings: Readonly<Record<string, string>>,
): PromotionReadiness {
  const competencies: ActiveCompetency[] = activeCompetencies(framework);
  const total = competencies.length;
  const next = findNextLevel(framework, person);
  if (!next) return { nextLevel: null, met: 0, total, share: 0, gaps: [] };

  const target = levelIndex(framework, person.trackKey, next.key);
  let met = 0;
  const gaps: ReadinessGap[] = [];
  for (const { area, competency } of competencies) {
    // hasOwn so that a competency keyed like an Object.prototype member is not "rated".
    const ratingKey = hasOwn(managerRatings, competency.key) ? managerRatings[competency.key] : null;
    const position = ratingKey === null ? null : ratingPosition(framework, person.trackKey, ratingKey);
    if (position !== null && position >= target) {
      met++;
      continue;
    }
    gaps.push({
      competencyKey: competency.key,
      competencyName: competency.name,
      areaName: area.name,
      ratingKey,
      // Every active competency states a sentence for every active level (validateFramework).
      expected: hasOwn(competency.expectations, next.key) ? competency.expectations[next.key] : '',
    });
  }
  return { nextLevel: { key: next.key, name: next.name }, met, total, share: total === 0 ? 0 : met / total, gaps };
}
