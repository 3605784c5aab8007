import type { HeatmapCellData } from './heatmapView';
import { cellLabel, cellSymbol, gapClass, gapLegend, gapPhrase, groupByArea, readinessText } from './heatmapView';

const cell = (overrides: Partial<HeatmapCellData>): HeatmapCellData => ({
  __typename: 'HeatmapCell',
  competencyKey: 'system_design',
  rating: 'senior_engineer',
  ratingName: 'Senior Engineer',
  source: 'MANAGER',
  gap: 1,
  disagreement: false,
  ...overrides,
});

describe('heatmap view', () => {
  it('names a cell with the person, the competency, the rating, its source and the gap to the level', () => {
    expect(cellLabel('Sam Okafor', 'Engineer', 'System design', cell({}))).toBe(
      'Sam Okafor, System design: Senior Engineer (manager), one level above Engineer',
    );
    expect(
      cellLabel(
        'Sam Okafor',
        'Senior Engineer',
        'API contracts',
        cell({ rating: 'below_expectations', ratingName: 'Below expectations', source: 'SELF', gap: -2 }),
      ),
    ).toBe('Sam Okafor, API contracts: Below expectations (self), two levels below Senior Engineer');
    expect(cellLabel('Sam Okafor', 'Engineer', 'System design', cell({ rating: 'engineer', gap: 0 }))).toMatch(
      /meets Engineer$/,
    );
    expect(
      cellLabel('Sam Okafor', 'Engineer', 'System design', cell({ rating: null, ratingName: null, gap: null })),
    ).toBe('Sam Okafor, System design: not rated this quarter');
    expect(cellLabel('Sam Okafor', 'Engineer', 'System design', cell({ disagreement: true }))).toBe(
      'Sam Okafor, System design: Senior Engineer (manager), one level above Engineer; self and manager ratings a level or more apart',
    );
  });

  it('classes each cell by its gap, with a symbol so colour is not the only cue', () => {
    const cases: [Partial<HeatmapCellData>, string, string][] = [
      [{ gap: -4 }, 'extreme-below', '−4'],
      [{ gap: -3 }, 'extreme-below', '−3'],
      [{ gap: -2 }, 'far-below', '−2'],
      [{ gap: -1 }, 'below', '−1'],
      [{ gap: 0 }, 'meets', '✓'],
      [{ gap: 1 }, 'above', '+1'],
      [{ gap: 2 }, 'far-above', '+2'],
      [{ gap: 3 }, 'extreme-above', '+3'],
      [{ gap: null }, 'off-scale', '?'],
      [{ rating: null, gap: null }, 'unrated', '—'],
    ];
    for (const [overrides, kind, symbol] of cases) {
      expect([gapClass(cell(overrides)), cellSymbol(cell(overrides))]).toEqual([kind, symbol]);
    }
  });

  it('gives the legend every gap the scales allow, "+3" included, then not rated', () => {
    expect(gapLegend({ min: -1, max: 3 }).map((entry) => `${entry.symbol} ${entry.label}`)).toEqual([
      '−1 1 level below',
      '✓ Meets the level',
      '+1 1 level above',
      '+2 2 levels above',
      '+3 3 levels above',
      '— Not rated this quarter',
    ]);
    expect(gapLegend({ min: -4, max: 0 }).map((entry) => entry.gapClass)).toEqual([
      'extreme-below',
      'extreme-below',
      'far-below',
      'below',
      'meets',
      'above',
      'unrated',
    ]);
    // Without a range (no level on a scale) the legend still explains one level either way.
    expect(gapLegend(null).map((entry) => entry.symbol)).toEqual(['−1', '✓', '+1', '—']);
  });

  it('says gaps in words', () => {
    expect(gapPhrase(0, 'Architect')).toBe('meets Architect');
    expect(gapPhrase(-1, 'Architect')).toBe('one level below Architect');
    expect(gapPhrase(3, 'Engineer')).toBe('three levels above Engineer');
    expect(gapPhrase(12, 'Engineer')).toBe('12 levels above Engineer');
  });

  it('groups consecutive competencies by area, in order', () => {
    const competency = (key: string, areaKey: string) => ({
      __typename: 'HeatmapCompetency' as const,
      key,
      name: key,
      areaKey,
      areaName: areaKey.toUpperCase(),
    });
    const areas = groupByArea([competency('a', 'craft'), competency('b', 'craft'), competency('c', 'influence')]);
    expect(areas.map((area) => [area.name, area.competencies.map((item) => item.key)])).toEqual([
      ['CRAFT', ['a', 'b']],
      ['INFLUENCE', ['c']],
    ]);
  });

  it('states readiness toward the next level, or the top of the track', () => {
    const readiness = {
      __typename: 'PromotionReadiness' as const,
      nextLevelName: 'Senior Engineer',
      met: 12,
      total: 23,
      share: 12 / 23,
    };
    expect(readinessText(readiness)).toBe('12/23 toward Senior Engineer');
    expect(readinessText({ ...readiness, nextLevelName: null })).toBe('Top of the track');
  });
});
