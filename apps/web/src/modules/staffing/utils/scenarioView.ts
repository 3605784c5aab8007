/** "1 added, 2 changed, 1 removed", or "No changes yet". */
export function changeCounts(s: { added: number; changed: number; removed: number }): string {
  const parts = [
    s.added ? `${s.added} added` : null,
    s.changed ? `${s.changed} changed` : null,
    s.removed ? `${s.removed} removed` : null,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'No changes yet';
}

export type Direction = 'better' | 'worse' | 'same';

/** Whether a figure's move is for the better: lower is better for some figures, higher for others. */
export function directionOf(delta: number | null, lowerIsBetter: boolean): Direction {
  if (delta === null || Math.abs(delta) < 1e-6) return 'same';
  return delta < 0 === lowerIsBetter ? 'better' : 'worse';
}

/** A share as a whole percentage ("12%"), or "—" when there is none. */
export const pct = (share: number | null): string => (share === null ? '—' : `${Math.round(share * 100)}%`);

/** A change of a share in percentage points ("+2 pts", "−5 pts", "no change"). */
export function points(delta: number | null): string {
  if (delta === null) return '—';
  const n = Math.round(delta * 100);
  if (n === 0) return 'no change';
  return `${n > 0 ? '+' : '−'}${Math.abs(n)} pts`;
}

/** A change of a count ("+2", "−1", "no change"). */
export function count(delta: number): string {
  if (delta === 0) return 'no change';
  return `${delta > 0 ? '+' : '−'}${Math.abs(delta)}`;
}
