import { localDate, timeZoneOf } from './local-date';

describe('the local date', () => {
  // 23:30 UTC on 31 December 2026.
  const lateNight = new Date('2026-12-31T23:30:00Z');

  it('is the date where the user is', () => {
    expect(localDate(lateNight, 'UTC')).toBe('2026-12-31');
    expect(localDate(lateNight, 'Europe/Berlin')).toBe('2027-01-01');
    expect(localDate(lateNight, 'America/New_York')).toBe('2026-12-31');
    expect(localDate(new Date('2027-01-01T02:00:00Z'), 'America/New_York')).toBe('2026-12-31');
    expect(localDate(lateNight, 'Pacific/Kiritimati')).toBe('2027-01-01');
  });

  it('takes a real IANA name and falls back to UTC for anything else', () => {
    expect(timeZoneOf('Europe/Berlin')).toBe('Europe/Berlin');
    expect(timeZoneOf(['Asia/Tokyo', 'Europe/Paris'])).toBe('Asia/Tokyo');
    for (const bad of [undefined, '', 'Mars/Olympus', 'x'.repeat(65), 42, "UTC'; DROP TABLE people"]) {
      expect(timeZoneOf(bad)).toBe('UTC');
    }
  });
});
