import { seriesOfWeeks, weeksOfSeries, type WeekFigures } from './weekSeries';

const week = (key: string, share: number, over = false): WeekFigures => ({
  week: key,
  workingDays: 5,
  capacityDays: 5,
  allocatedShare: share,
  tentativeShare: 0,
  deliveryShare: share,
  developmentShare: 0,
  supportShare: 0,
  overAllocated: over,
  idle: share < 0.8,
  away: false,
});

describe('week series', () => {
  it('turns parallel lists into one object per week and back', () => {
    const weeks = [week('2026-W10', 1.3, true), week('2026-W11', 0.5)];
    const series = seriesOfWeeks(weeks);
    expect(series.allocatedShare).toEqual([1.3, 0.5]);
    expect(series.overAllocated).toEqual([true, false]);
    expect(weeksOfSeries(series, ['2026-W10', '2026-W11'])).toEqual(weeks);
  });
});
