import { directoryVariables, NO_TEAM, pageFromParam, rangeLabel } from './directoryQuery';

describe('the directory query', () => {
  it('sends only the filters that are set, the page as an offset', () => {
    expect(directoryVariables({ search: '  ', teamId: null, includeInactive: false, page: 1 })).toEqual({
      filter: { includeInactive: false },
      offset: 0,
      limit: 50,
    });
    expect(directoryVariables({ search: ' sre ', teamId: 't1', includeInactive: true, page: 3 })).toEqual({
      filter: { includeInactive: true, search: 'sre', teamId: 't1' },
      offset: 100,
      limit: 50,
    });
    expect(directoryVariables({ search: '', teamId: NO_TEAM, includeInactive: false, page: 1 }).filter).toEqual({
      includeInactive: false,
      withoutTeam: true,
    });
  });

  it.each([
    [null, 1],
    ['2', 2],
    ['0', 1],
    ['-3', 1],
    ['1.5', 1],
    ['abc', 1],
  ])('reads page %p as %p', (value, page) => {
    expect(pageFromParam(value)).toBe(page);
  });

  it('counts what is shown', () => {
    expect(rangeLabel(0, 50, 5000)).toBe('1–50 of 5,000 people');
    expect(rangeLabel(4950, 50, 5000)).toBe('4,951–5,000 of 5,000 people');
    expect(rangeLabel(0, 3, 3)).toBe('3 people');
    expect(rangeLabel(0, 1, 1, true)).toBe('1 person matches');
    expect(rangeLabel(0, 2, 2, true)).toBe('2 people match');
    expect(rangeLabel(0, 0, 0, true)).toBe('Nobody matches');
  });
});
