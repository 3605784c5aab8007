import { buildFramework } from '@web/test/builders';
import { defaultComparison, formatChangeSummary, formatProblem, levelOptions, visibleAreas } from './frameworkView';

describe('frameworkView', () => {
  it('starts comparisons at the first two current IC levels', () => {
    const framework = buildFramework();
    expect(defaultComparison(framework)).toEqual({ from: 'engineer', to: 'senior_engineer' });
    expect(defaultComparison({ ...framework, tracks: [...framework.tracks].reverse() })).toEqual({
      from: 'engineer',
      to: 'senior_engineer',
    });
  });

  it('offers current levels grouped by track', () => {
    expect(levelOptions(buildFramework())).toEqual([
      {
        group: 'Individual contributor',
        items: [
          { value: 'engineer', label: 'Engineer' },
          { value: 'senior_engineer', label: 'Senior Engineer' },
        ],
      },
      { group: 'Management', items: [{ value: 'tech_lead', label: 'Tech Lead' }] },
    ]);
  });

  it('drops retired areas and competencies unless asked for them', () => {
    const areas = buildFramework().areas;
    expect(visibleAreas(areas, false).map((area) => [area.key, area.competencies.map((c) => c.key)])).toEqual([
      ['craft', ['code_quality']],
    ]);
    expect(visibleAreas(areas, true)).toHaveLength(2);
  });

  it('formats problems and summaries', () => {
    expect(
      formatProblem({ __typename: 'FrameworkYamlProblem', line: 7, path: 'areas[1].key', message: 'is taken' }),
    ).toBe('Line 7: is taken (areas[1].key)');
    expect(
      formatProblem({
        __typename: 'FrameworkYamlProblem',
        line: 0,
        path: 'tracks[0].levels',
        message: 'Level "fellow" (Fellow) is still used by 1 person: retire it instead of removing it.',
      }),
    ).toBe('Level "fellow" (Fellow) is still used by 1 person: retire it instead of removing it. (tracks[0].levels)');
    expect(formatChangeSummary(3, 25)).toBe('3 of 25 expectations change');
  });
});
