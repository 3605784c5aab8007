import { cadenceOf } from './one-on-ones.mapping';
import type { SeriesRow } from './series/series.repository';

const berlinWeekly: SeriesRow = {
  id: 's1',
  kind: 'manager_report',
  leadId: 'maya',
  partnerId: 'sam',
  cadence: 'weekly',
  weekday: 2,
  startTime: '10:00',
  durationMinutes: 30,
  timeZone: 'Europe/Berlin',
  status: 'active',
  templateId: null,
  version: 1,
  startedOn: '2026-09-01',
};

describe('cadenceOf', () => {
  it('counts a meeting completed just after midnight where the series takes place, whatever the UTC date', () => {
    // 23:30 UTC on 4 December is 00:30 on 5 December in Berlin: the meeting is dated the 5th there.
    const now = new Date('2026-12-04T23:30:00Z');
    const figures = cadenceOf(berlinWeekly, ['2026-12-05', '2026-11-28'], now);
    expect(figures.to).toBe('2026-12-05');
    expect(figures.held).toBe(2);
    expect(figures.expected).toBe(12);
  });

  it('counts nothing held after today in the series zone', () => {
    const now = new Date('2026-12-04T12:00:00Z');
    expect(cadenceOf(berlinWeekly, ['2026-12-05'], now).held).toBe(0);
  });
});
