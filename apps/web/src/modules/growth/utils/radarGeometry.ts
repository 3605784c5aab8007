export interface Point {
  x: number;
  y: number;
}

/** The point at `radius` on axis `index` of `count`, the first axis pointing up, clockwise. */
export function axisPoint(index: number, count: number, radius: number, center: Point): Point {
  const angle = -Math.PI / 2 + (2 * Math.PI * index) / Math.max(count, 1);
  return { x: center.x + radius * Math.cos(angle), y: center.y + radius * Math.sin(angle) };
}

/** The radius of a scale position, leaving a small hub so that position 0 is still visible. */
export function positionRadius(position: number, maxPosition: number, outer: number, hub = 0.12): number {
  const share = maxPosition > 0 ? Math.min(Math.max(position, 0), maxPosition) / maxPosition : 0;
  return outer * (hub + (1 - hub) * share);
}

/**
 * Runs of consecutive axes that have a value, for drawing a series with gaps: a complete series
 * is one closed run; a gap breaks the line rather than drawing it through the centre.
 */
export function valueRuns(values: readonly (number | null)[]): { indices: number[]; closed: boolean }[] {
  const count = values.length;
  if (count === 0) return [];
  if (values.every((value) => value !== null)) return [{ indices: values.map((_, i) => i), closed: true }];
  // Start just after a gap so that a run crossing the first axis stays whole.
  const start = values.findIndex((value) => value === null);
  const runs: { indices: number[]; closed: boolean }[] = [];
  let current: number[] = [];
  for (let step = 1; step <= count; step += 1) {
    const index = (start + step) % count;
    if (values[index] === null) {
      if (current.length) runs.push({ indices: current, closed: false });
      current = [];
    } else {
      current.push(index);
    }
  }
  if (current.length) runs.push({ indices: current, closed: false });
  return runs;
}

/** An SVG path through points, closed or open. */
export function pathOf(points: readonly Point[], closed: boolean): string {
  if (points.length === 0) return '';
  const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
  return closed ? `${d} Z` : d;
}

/** Splits a label into lines of about `width` characters, at spaces. */
export function wrapLabel(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
