import { emptyTotals, type Period, type TimeTotals } from './capacity';
import { developmentDrought } from './development-budget';

const week = (n: number): Period => ({ key: `2026-W${String(n).padStart(2, '0')}`, start: '', end: '' });
const totals = (development: number, capacity = 5): TimeTotals => ({
  ...emptyTotals(),
  workingDays: 5,
  capacityDays: capacity,
  allocatedDays: capacity,
  developmentDays: development,
});

describe('developmentDrought', () => {
  const periods = [1, 2, 3, 4, 5, 6, 7].map(week);

  it('flags four or more working weeks in a row with no development time', () => {
    const t = [totals(1), totals(0), totals(0), totals(0), totals(0), totals(1), totals(0)];
    expect(developmentDrought(periods, t)).toEqual({ from: '2026-W02', to: '2026-W05', weeks: 4 });
  });

  it('does not flag three weeks, and lets a week away neither count nor break the run', () => {
    const three = [totals(0), totals(0), totals(0), totals(1), totals(0), totals(0), totals(0)];
    expect(developmentDrought(periods, three)).toBeNull();
    const withLeave = [totals(0), totals(0), totals(0, 0), totals(0), totals(0), totals(1), totals(1)];
    expect(developmentDrought(periods, withLeave)).toEqual({ from: '2026-W01', to: '2026-W05', weeks: 4 });
  });
});
