import type { ReviewReadiness } from '@web/generated/graphql';

/** A real minus sign: a hyphen reads as a dash, and lines up badly with "+". */
const MINUS = '\u2212';

export const READINESS_LABEL: Record<ReviewReadiness, string> = {
  NOT_YET: 'Not yet',
  SOON: 'Soon',
  READY: 'Ready',
};

export const READINESS_OPTIONS: { value: ReviewReadiness; label: string }[] = [
  { value: 'NOT_YET', label: READINESS_LABEL.NOT_YET },
  { value: 'SOON', label: READINESS_LABEL.SOON },
  { value: 'READY', label: READINESS_LABEL.READY },
];

/** The call, or "Unset" while the manager has not made one. */
export const readinessLabel = (readiness: ReviewReadiness | null | undefined): string =>
  readiness ? READINESS_LABEL[readiness] : 'Unset';

/** "42%" from a share (0.42); "—" when there is none. */
export function formatPercent(share: number | null | undefined): string {
  if (share === null || share === undefined || Number.isNaN(share)) return '—';
  return `${Math.round(share * 100)}%`;
}

/** A change of a share in percentage points: "+15 pts", "−5 pts", "±0 pts"; "—" when there is none. */
export function formatPointChange(change: number | null | undefined): string {
  if (change === null || change === undefined || Number.isNaN(change)) return '—';
  const points = Math.round(change * 100);
  if (points === 0) return '±0 pts';
  return points > 0 ? `+${points} pts` : `${MINUS}${-points} pts`;
}

/**
 * A mean against the level (or against the reach's mean), in levels, signed and to two decimals,
 * so that a difference near the lenient/harsh threshold (half a level) reads as it is: "+0.45",
 * "−0.60", "0.00"; "—" when there is nothing rated.
 */
export function formatGap(gap: number | null | undefined): string {
  if (gap === null || gap === undefined || Number.isNaN(gap)) return '—';
  const rounded = Math.round(gap * 100) / 100;
  if (rounded === 0) return '0.00';
  return rounded > 0 ? `+${rounded.toFixed(2)}` : `${MINUS}${(-rounded).toFixed(2)}`;
}

/** The same mean in words, for a screen reader and a tooltip: "0.45 levels above the level". */
export function gapWords(gap: number | null | undefined, against = 'the level'): string {
  if (gap === null || gap === undefined || Number.isNaN(gap)) return 'nothing rated';
  const rounded = Math.round(gap * 100) / 100;
  if (rounded === 0) return `level with ${against}`;
  const size = Math.abs(rounded).toFixed(2);
  return `${size} ${Math.abs(rounded) === 1 ? 'level' : 'levels'} ${rounded > 0 ? 'above' : 'below'} ${against}`;
}

/** "3 people", "1 person". */
export const peopleCount = (n: number): string => `${n} ${n === 1 ? 'person' : 'people'}`;
