import fc from 'fast-check';
import { cadenceKept, sumCadence } from './cadence';

const weekly = (heldDates: string[], seriesStart = '2026-01-01') =>
  cadenceKept({ cadence: 'weekly', seriesStart, from: '2026-09-07', to: '2026-11-29', heldDates });

describe('cadenceKept', () => {
  it('expects one meeting a week over 12 weeks, and counts a series that met 11 times as kept', () => {
    const held = Array.from(
      { length: 11 },
      (_, i) => `2026-${i < 4 ? '09' : i < 8 ? '10' : '11'}-${String(8 + (i % 4) * 7).padStart(2, '0')}`,
    );
    expect(weekly(held)).toEqual({ expected: 12, held: 11, kept: true });
  });

  it('calls a series that met 8 of 12 weeks slipped', () => {
    const held = [
      '2026-09-08',
      '2026-09-15',
      '2026-09-22',
      '2026-10-06',
      '2026-10-13',
      '2026-10-20',
      '2026-11-03',
      '2026-11-10',
    ];
    expect(weekly(held)).toEqual({ expected: 12, held: 8, kept: false });
  });

  it('ignores meetings outside the window and expects nothing before the series began', () => {
    expect(weekly(['2026-08-01', '2026-12-01'])).toEqual({ expected: 12, held: 0, kept: false });
    expect(weekly(['2026-11-17', '2026-11-24'], '2026-11-16')).toEqual({ expected: 2, held: 2, kept: true });
    expect(weekly([], '2026-12-01')).toEqual({ expected: 0, held: 0, kept: true });
  });

  it('expects a biweekly series six times and a monthly one three times in 12 weeks', () => {
    expect(
      cadenceKept({
        cadence: 'biweekly',
        seriesStart: '2026-01-01',
        from: '2026-09-07',
        to: '2026-11-29',
        heldDates: [],
      }).expected,
    ).toBe(6);
    expect(
      cadenceKept({
        cadence: 'monthly',
        seriesStart: '2026-01-01',
        from: '2026-09-07',
        to: '2026-11-29',
        heldDates: [],
      }).expected,
    ).toBe(3);
  });

  it('holding more never turns kept into slipped (property)', () => {
    const day = fc
      .integer({ min: 0, max: 83 })
      .map((n) => new Date(Date.UTC(2026, 8, 7 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.constantFrom('weekly' as const, 'biweekly' as const, 'monthly' as const),
        fc.array(day, { maxLength: 20 }),
        day,
        (cadence, held, extra) => {
          const input = { cadence, seriesStart: '2026-01-01', from: '2026-09-07', to: '2026-11-29', heldDates: held };
          const before = cadenceKept(input);
          const after = cadenceKept({ ...input, heldDates: [...held, extra] });
          expect(after.held).toBe(before.held + 1);
          if (before.kept) expect(after.kept).toBe(true);
          if (before.held >= before.expected) expect(before.kept).toBe(true);
        },
      ),
    );
  });
});

describe('sumCadence', () => {
  it('adds series up, not letting an over-kept series hide a slipped one', () => {
    const total = sumCadence([
      { expected: 6, held: 12, kept: true },
      { expected: 6, held: 0, kept: false },
    ]);
    expect(total).toEqual({ expected: 12, held: 6, kept: false });
  });
});
