import { moveByWeeks, packLanes, rangeOfColumns, resizeByWeeks, spanOf, weekTone } from './timelineLayout';

const weeks = [
  { key: '2026-W10', monday: '2026-03-02' },
  { key: '2026-W11', monday: '2026-03-09' },
  { key: '2026-W12', monday: '2026-03-16' },
  { key: '2026-W13', monday: '2026-03-23' },
];

describe('timeline layout', () => {
  it('places a range on the weeks it touches, and says when it goes on beyond them', () => {
    expect(spanOf('2026-03-04', '2026-03-13', weeks)).toEqual({
      first: 0,
      last: 1,
      continuesBefore: false,
      continuesAfter: false,
    });
    expect(spanOf('2026-01-01', '2026-12-31', weeks)).toEqual({
      first: 0,
      last: 3,
      continuesBefore: true,
      continuesAfter: true,
    });
    expect(spanOf('2026-04-01', '2026-04-30', weeks)).toBeNull();
    expect(spanOf('2026-02-01', '2026-03-01', weeks)).toBeNull();
  });

  it('stacks overlapping bars in lanes and reuses a lane once it is free', () => {
    const { lanes, count } = packLanes([
      { id: 'a', span: { first: 0, last: 3, continuesBefore: false, continuesAfter: false } },
      { id: 'b', span: { first: 0, last: 1, continuesBefore: false, continuesAfter: false } },
      { id: 'c', span: { first: 2, last: 3, continuesBefore: false, continuesAfter: false } },
    ]);
    expect(count).toBe(2);
    expect(Object.fromEntries(lanes.map((l) => [l.id, l.lane]))).toEqual({ a: 0, b: 1, c: 1 });
  });

  it('moves and resizes by whole weeks, never ending before the start', () => {
    expect(moveByWeeks({ startDate: '2026-03-04', endDate: '2026-03-13' }, 2)).toEqual({
      startDate: '2026-03-18',
      endDate: '2026-03-27',
    });
    expect(resizeByWeeks({ startDate: '2026-03-04', endDate: '2026-03-13' }, -1)).toEqual({
      startDate: '2026-03-04',
      endDate: '2026-03-06',
    });
    expect(resizeByWeeks({ startDate: '2026-03-04', endDate: '2026-03-13' }, -3)).toEqual({
      startDate: '2026-03-04',
      endDate: '2026-03-04',
    });
  });

  it('turns a drag across weeks, either way, into Monday to Friday', () => {
    expect(rangeOfColumns(weeks, 2, 1)).toEqual({ startDate: '2026-03-09', endDate: '2026-03-20' });
  });

  it('reads a week as over, idle, away or planned', () => {
    const week = { workingDays: 5, overAllocated: false, idle: false, away: false };
    expect(weekTone(week)).toBe('planned');
    expect(weekTone({ ...week, overAllocated: true })).toBe('over');
    expect(weekTone({ ...week, idle: true })).toBe('idle');
    expect(weekTone({ ...week, away: true })).toBe('away');
    expect(weekTone({ ...week, workingDays: 0 })).toBe('off');
  });
});
