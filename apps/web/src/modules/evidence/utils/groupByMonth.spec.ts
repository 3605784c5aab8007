import { groupByMonth } from './groupByMonth';

describe('groupByMonth', () => {
  it('groups by month, newest month and newest entry first', () => {
    const groups = groupByMonth([
      { id: 'a', date: '2026-10-03' },
      { id: 'b', date: '2026-11-20' },
      { id: 'c', date: '2026-11-28' },
      { id: 'd', date: '2025-12-31' },
    ]);
    expect(groups.map((group) => [group.label, group.items.map((item) => item.id)])).toEqual([
      ['November 2026', ['c', 'b']],
      ['October 2026', ['a']],
      ['December 2025', ['d']],
    ]);
  });

  it('has no groups for no entries', () => {
    expect(groupByMonth([])).toEqual([]);
  });
});
