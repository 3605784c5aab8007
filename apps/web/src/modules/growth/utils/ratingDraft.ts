import type { AssessmentSource, RatingInput } from '@web/generated/graphql';
import type { CompetencyRow } from './growthView';

export interface DraftEntry {
  /** A rung key, or '' while not rated. */
  rating: string;
  comment: string;
}

export type RatingDraft = Record<string, DraftEntry>;

export const COMMENT_MAX_LENGTH = 2000;

const saved = (competency: CompetencyRow, source: AssessmentSource) =>
  source === 'SELF' ? competency.self : competency.manager;

/** The draft as saved so far: this source's ratings of the quarter. */
export function initialDraft(competencies: readonly CompetencyRow[], source: AssessmentSource): RatingDraft {
  const draft: RatingDraft = {};
  for (const competency of competencies) {
    const existing = saved(competency, source);
    draft[competency.competencyKey] = { rating: existing?.rating ?? '', comment: existing?.comment ?? '' };
  }
  return draft;
}

export function countRated(draft: RatingDraft): number {
  return Object.values(draft).filter((entry) => entry.rating !== '').length;
}

/**
 * The ratings to send: new or changed ones only, each with the version it was read at. A comment
 * without a rating cannot be saved, so it is not sent (the form says so next to it).
 */
export function changedRatings(
  draft: RatingDraft,
  competencies: readonly CompetencyRow[],
  source: AssessmentSource,
): RatingInput[] {
  const inputs: RatingInput[] = [];
  for (const competency of competencies) {
    const entry = draft[competency.competencyKey];
    if (!entry || entry.rating === '') continue;
    const existing = saved(competency, source);
    const comment = entry.comment.trim();
    if (existing && existing.rating === entry.rating && existing.comment.trim() === comment) continue;
    inputs.push({
      competencyKey: competency.competencyKey,
      rating: entry.rating,
      comment,
      version: existing ? existing.version : null,
    });
  }
  return inputs;
}

export type DraftErrors = Record<string, string>;

/** Problems the form can see before sending: comments without a rating, comments too long. */
export function validateDraft(draft: RatingDraft): DraftErrors {
  const errors: DraftErrors = {};
  for (const [key, entry] of Object.entries(draft)) {
    if (entry.comment.length > COMMENT_MAX_LENGTH) {
      errors[key] = `Keep the comment under ${COMMENT_MAX_LENGTH} characters.`;
    } else if (entry.rating === '' && entry.comment.trim() !== '') {
      errors[key] = 'Choose a rating to save this comment with.';
    }
  }
  return errors;
}

/**
 * The competency a BAD_USER_INPUT field such as "ratings.3.rating" points at, from the list that
 * was sent; null for fields of the whole input (e.g. "quarter").
 */
export function competencyOfField(field: string, sent: readonly RatingInput[]): string | null {
  const match = /^ratings\.(\d+)(?:\.|$)/.exec(field);
  if (!match) return null;
  return sent[Number(match[1])]?.competencyKey ?? null;
}
