import { changeCounts, count, directionOf, pct, points } from './scenarioView';

describe('scenario view helpers', () => {
  it('counts a scenario’s changes in words', () => {
    expect(changeCounts({ added: 1, changed: 2, removed: 0 })).toBe('1 added, 2 changed');
    expect(changeCounts({ added: 0, changed: 0, removed: 0 })).toBe('No changes yet');
  });

  it('says whether a move is for the better', () => {
    expect(directionOf(-2, true)).toBe('better');
    expect(directionOf(2, true)).toBe('worse');
    expect(directionOf(0.05, false)).toBe('better');
    expect(directionOf(0, false)).toBe('same');
    expect(directionOf(null, false)).toBe('same');
  });

  it('writes shares, points and counts', () => {
    expect(pct(0.118)).toBe('12%');
    expect(pct(null)).toBe('—');
    expect(points(0.021)).toBe('+2 pts');
    expect(points(-0.3)).toBe('−30 pts');
    expect(points(0.001)).toBe('no change');
    expect(count(-2)).toBe('−2');
    expect(count(0)).toBe('no change');
  });
});
