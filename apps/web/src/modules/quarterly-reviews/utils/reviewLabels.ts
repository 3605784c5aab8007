import type { ReviewReadiness, ReviewState } from '@web/generated/graphql';

export const STATE_LABEL: Record<ReviewState, string> = {
  NOT_STARTED: 'Not started',
  DRAFTED: 'Drafted',
  SHARED: 'Shared',
  ACKNOWLEDGED: 'Acknowledged',
};

/** Outline badges in the .9 shades: readable on white at every size. */
export const STATE_COLOR: Record<ReviewState, string> = {
  NOT_STARTED: 'gray.8',
  DRAFTED: 'grape.9',
  SHARED: 'blue.9',
  ACKNOWLEDGED: 'teal.9',
};

export const READINESS_LABEL: Record<ReviewReadiness, string> = {
  NOT_YET: 'Not yet',
  SOON: 'Soon',
  READY: 'Ready',
};

/** "42%" from a share (0.42). */
export const percent = (share: number): string => `${Math.round(share * 100)}%`;

/** A change in steps on the scale, in words and as an arrow: "↑ 1" / "↓ 2" / "". */
export function changeMark(change: number | null | undefined): { arrow: string; words: string } {
  if (!change) return { arrow: '', words: '' };
  return change > 0
    ? { arrow: `↑ ${change}`, words: `up ${change} since last quarter` }
    : { arrow: `↓ ${-change}`, words: `down ${-change} since last quarter` };
}

/** The manager rating against the person's level, in words. */
export function gapLabel(gap: number | null | undefined): string {
  if (gap === null || gap === undefined) return '—';
  if (gap === 0) return 'Meets the level';
  return gap > 0 ? `${gap} above` : `${-gap} below`;
}

/** "3 of 5 shared" style progress words, and the share for a bar. */
export function progressText(p: { total: number; drafted: number; shared: number; acknowledged: number }): string {
  if (p.total === 0) return 'No reviews';
  return `${p.drafted} of ${p.total} drafted · ${p.shared} shared · ${p.acknowledged} acknowledged`;
}

/** What a person should do about their own review. */
export function ownReviewCall(state: ReviewState): string {
  if (state === 'SHARED') return 'Your review is shared with you: read it, add your reflection and acknowledge it.';
  if (state === 'ACKNOWLEDGED') return 'You have acknowledged your review.';
  return 'Your manager is writing your review. You can add your reflection now.';
}
