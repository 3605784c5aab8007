import {
  FrameworkLookupError,
  ratingScale,
  type Framework,
  type RatingChange,
  type ReviewPacket as PacketFigures,
} from '@trellis/domain';
import { Policy } from '../../authz/policy';
import { ReviewPacket } from './models/review-packet.model';
import { ReviewPerson, ReviewSummary } from './models/review.model';
import { ReviewReadiness, ReviewState } from './reviews.enums';
import { ReviewRow } from './reviews.repository';

/** What a closed cycle keeps of each review: the figures as the manager saw them, and as the person did. */
export interface StoredPacket {
  full: PacketFigures;
  personal: PacketFigures;
}

/** Up to three competencies rated below the level, lowest first; else the lowest rated one. */
export function focusCompetencies(ratings: readonly { competencyKey: string; gapToLevel: number | null }[]): string[] {
  const rated = ratings.filter((r) => r.gapToLevel !== null).sort((a, b) => (a.gapToLevel ?? 0) - (b.gapToLevel ?? 0));
  const below = rated.filter((r) => (r.gapToLevel ?? 0) < 0).slice(0, 3);
  const chosen = below.length > 0 ? below : rated.slice(0, 1);
  return (chosen.length > 0 ? chosen : ratings.slice(0, 1)).map((r) => r.competencyKey);
}

export function stateOf(row: ReviewRow): ReviewState {
  if (row.acknowledgedAt) return ReviewState.ACKNOWLEDGED;
  if (row.sharedAt) return ReviewState.SHARED;
  if (row.summary || row.strengths || row.focus || row.readiness) return ReviewState.DRAFTED;
  return ReviewState.NOT_STARTED;
}

export function toPerson(row: ReviewRow): ReviewPerson {
  return {
    id: row.personId,
    name: row.personName,
    title: row.personTitle,
    teamName: row.teamName,
    managerName: row.managerName,
  };
}

export function toSummary(row: ReviewRow, policy: Policy): ReviewSummary {
  const seesWriting = policy.canWriteReview(row.personId) || row.sharedAt !== null;
  return {
    id: row.id,
    person: toPerson(row),
    state: stateOf(row),
    readiness: seesWriting ? (row.readiness as ReviewReadiness | null) : null,
    reflected: row.reflection.length > 0,
    updatedAt: row.updatedAt,
  };
}

/** Rating keys of a track with the names the framework gives them (none for an unknown track). */
export function ratingNames(framework: Framework, trackKey: string): Map<string, string> {
  try {
    return new Map(ratingScale(framework, trackKey).map((rung) => [rung.key, rung.name]));
  } catch (error) {
    if (error instanceof FrameworkLookupError) return new Map();
    throw error;
  }
}

export function toPacketModel(
  p: PacketFigures,
  managerFigures: boolean,
  frozen: boolean,
  names: ReadonlyMap<string, string>,
): ReviewPacket {
  const labelled = (c: RatingChange) => ({
    ...c,
    nowLabel: c.now === null ? null : (names.get(c.now) ?? c.now),
    beforeLabel: c.before === null ? null : (names.get(c.before) ?? c.before),
  });
  return {
    ...p,
    ratings: p.ratings.map((r) => ({
      ...r,
      self: labelled(r.self),
      manager: managerFigures ? labelled(r.manager) : null,
      gapToLevel: managerFigures ? r.gapToLevel : null,
    })),
    readiness: managerFigures ? p.readiness : null,
    frozen,
  };
}
