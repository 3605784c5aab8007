import { focusCompetencies } from './reviews.mapping';

describe('focusCompetencies', () => {
  it('takes up to three competencies below the level, furthest below first', () => {
    const ratings = [
      { competencyKey: 'a', gapToLevel: 0 },
      { competencyKey: 'b', gapToLevel: -1 },
      { competencyKey: 'c', gapToLevel: -2 },
      { competencyKey: 'd', gapToLevel: -1 },
      { competencyKey: 'e', gapToLevel: -1 },
      { competencyKey: 'f', gapToLevel: null },
    ];
    expect(focusCompetencies(ratings)).toEqual(['c', 'b', 'd']);
  });

  it('falls back to the lowest rated, then to the first competency when nothing is rated', () => {
    expect(
      focusCompetencies([
        { competencyKey: 'a', gapToLevel: 1 },
        { competencyKey: 'b', gapToLevel: 0 },
      ]),
    ).toEqual(['b']);
    expect(focusCompetencies([{ competencyKey: 'x', gapToLevel: null }])).toEqual(['x']);
    expect(focusCompetencies([])).toEqual([]);
  });
});
