import { findLevel, ratingPosition, type Framework, type PromotionReadiness as DomainReadiness } from '@trellis/domain';
import { AssessmentSource } from './growth.enums';
import { AssessmentRow } from './assessments/assessments.repository';
import { Assessment, PromotionReadiness } from './assessments/models/assessment.model';
import { CompetencyRef } from './models/growth-common.model';

/** A rung's name: a level's, the below-expectations rung's, or the bare key when gone. */
export function rungName(framework: Framework, key: string): string {
  if (key === framework.belowExpectations.key) return framework.belowExpectations.name;
  return findLevel(framework, key)?.level.name ?? key;
}

export function toAssessment(framework: Framework, trackKey: string, row: AssessmentRow): Assessment {
  return {
    id: row.id,
    competencyKey: row.competencyKey,
    quarter: row.quarter,
    source: row.source as AssessmentSource,
    rating: row.rating,
    ratingName: rungName(framework, row.rating),
    ratingPosition: ratingPosition(framework, trackKey, row.rating),
    comment: row.comment,
    authorName: row.authorName,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

/** Competency keys as references with their current names (retired ones included). */
export function competencyRefs(framework: Framework, keys: readonly string[]): CompetencyRef[] {
  return keys.map((key) => {
    for (const area of framework.areas) {
      const c = area.competencies.find((x) => x.key === key);
      if (c) return { key, name: c.name, areaName: area.name };
    }
    return { key, name: key, areaName: '' };
  });
}

/** A competency's expectation at a level, or null (own keys only: a level may be called "constructor"). */
export function expectationAt(competency: { expectations: Record<string, string> }, levelKey: string): string | null {
  return Object.prototype.hasOwnProperty.call(competency.expectations, levelKey)
    ? competency.expectations[levelKey]
    : null;
}

/** The active competency of a key, or undefined. */
export function activeCompetency(framework: Framework, key: string) {
  for (const area of framework.areas) {
    if (area.retired) continue;
    const competency = area.competencies.find((c) => c.key === key && !c.retired);
    if (competency) return { area, competency };
  }
  return undefined;
}

export function toReadiness(framework: Framework, r: DomainReadiness): PromotionReadiness {
  return {
    nextLevelKey: r.nextLevel?.key ?? null,
    nextLevelName: r.nextLevel?.name ?? null,
    met: r.met,
    total: r.total,
    share: r.share,
    gaps: r.gaps.map((g) => ({
      competencyKey: g.competencyKey,
      competencyName: g.competencyName,
      areaName: g.areaName,
      ratingName: g.ratingKey === null ? null : rungName(framework, g.ratingKey),
      expected: g.expected,
    })),
  };
}
