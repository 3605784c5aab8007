import type { OneOnOneCadence, OneOnOneKind } from '@web/generated/graphql';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export const KIND_LABEL: Record<OneOnOneKind, string> = {
  MANAGER_REPORT: 'One-on-one',
  SKIP_LEVEL: 'Skip-level',
  PEER: 'Peer',
  MENTORING: 'Mentoring',
};

const CADENCE_LABEL: Record<OneOnOneCadence, string> = {
  WEEKLY: 'Weekly',
  BIWEEKLY: 'Every two weeks',
  MONTHLY: 'Monthly',
};

/** "Weekly on Tuesday at 10:00 (Europe/Berlin)". */
export function cadenceText(series: {
  cadence: OneOnOneCadence;
  weekday: number;
  startTime: string;
  timeZone: string;
}): string {
  return `${CADENCE_LABEL[series.cadence]} on ${WEEKDAYS[series.weekday - 1] ?? '?'} at ${series.startTime.slice(0, 5)} (${series.timeZone})`;
}

const meetingFormatter = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});
const dayFormatter = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });

/** "Tue 8 Dec, 10:00", in the viewer's own time zone. */
export const meetingTime = (iso: string): string => meetingFormatter.format(new Date(iso));

/** "8 Dec", for "Carried over from 8 Dec". */
export const shortDay = (iso: string): string => dayFormatter.format(new Date(iso));

/**
 * Held against expected over the window. Extra meetings can take "held" past "expected"; then the
 * sentence says both instead of "14 of 12".
 */
export function cadenceSentence({ held, expected }: { held: number; expected: number }): string {
  const meetings = (n: number) => `${n} meeting${n === 1 ? '' : 's'}`;
  if (held > expected) {
    const asked = expected === 0 ? 'none is due yet by the cadence' : `the cadence asks for ${expected}`;
    return `${meetings(held)} held in the last 12 weeks; ${asked}`;
  }
  return `${held} of ${meetings(expected)} held in the last 12 weeks`;
}
