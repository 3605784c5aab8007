/**
 * The browser's IANA time zone, e.g. "Europe/Berlin": the API judges "today" in it, and meetings
 * are planned in it. UTC when the browser cannot tell.
 */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}
