import { nextQuarterKey, quarterKey } from '@trellis/domain';
import { quarterLabel, upcomingQuarters } from './quarters';

describe('quarters', () => {
  it('writes keys and labels as the API does', () => {
    expect(quarterKey({ fiscalYear: 2026, quarter: 4 })).toBe('FY2026-Q4');
    expect(quarterLabel('FY2027-Q1')).toBe('FY2027 Q1');
    expect(quarterLabel('someday')).toBe('someday');
  });

  it('rolls over into the next fiscal year after Q4', () => {
    // The web's own nextQuarter was a copy of the domain's helper, which works on keys.
    expect(nextQuarterKey('FY2026-Q4')).toBe('FY2027-Q1');
    expect(nextQuarterKey('FY2026-Q2')).toBe('FY2026-Q3');
  });

  it('offers the current quarter and the next four', () => {
    expect(upcomingQuarters({ fiscalYear: 2026, quarter: 4 })).toEqual([
      { value: 'FY2026-Q4', label: 'FY2026 Q4 (this quarter)' },
      { value: 'FY2027-Q1', label: 'FY2027 Q1' },
      { value: 'FY2027-Q2', label: 'FY2027 Q2' },
      { value: 'FY2027-Q3', label: 'FY2027 Q3' },
      { value: 'FY2027-Q4', label: 'FY2027 Q4' },
    ]);
  });
});
