/**
 * "Today" is the user's today: the web client names its time zone (`x-time-zone`, an IANA name
 * such as `Europe/Berlin`) and dates such as "no later than today" are judged in it. Without a
 * usable name the server counts in UTC.
 */
export const TIME_ZONE_HEADER = 'x-time-zone';

const zones = new Map<string, Intl.DateTimeFormat | null>();

/** A formatter of ISO dates in `timeZone`, or null for a name the runtime does not know. */
function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  if (!zones.has(timeZone)) {
    let formatter: Intl.DateTimeFormat | null = null;
    try {
      formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    } catch {
      formatter = null;
    }
    // Names are few; the cache is bounded anyway, against a client sending a new one each time.
    if (zones.size < 1000) zones.set(timeZone, formatter);
    return formatter;
  }
  return zones.get(timeZone) ?? null;
}

/** The time zone a request names, when it is a real one; otherwise UTC. */
export function timeZoneOf(header: unknown): string {
  const name = Array.isArray(header) ? header[0] : header;
  if (typeof name !== 'string' || name.length === 0 || name.length > 64) return 'UTC';
  return formatterFor(name) ? name : 'UTC';
}

/** The calendar date (YYYY-MM-DD) at `now` in `timeZone`. */
export function localDate(now: Date, timeZone: string): string {
  const parts = (formatterFor(timeZone) ?? (formatterFor('UTC') as Intl.DateTimeFormat)).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
