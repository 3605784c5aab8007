import { buildAssessment, buildCompetency, buildPersonGrowth, testScale } from '../testing/growthBuilders';
import { areaSummaries, fitScale, meanPosition, positionWords } from './areaRadar';

const q3 = (competencyKey: string, rating: string, source: 'SELF' | 'MANAGER' = 'MANAGER') =>
  buildAssessment({ competencyKey, rating, source, quarter: 'FY2026-Q3' });

describe('areaSummaries', () => {
  const growth = buildPersonGrowth({
    managerRatingsVisible: true,
    competencies: [
      buildCompetency({
        competencyKey: 'code_quality',
        self: buildAssessment({ competencyKey: 'code_quality', rating: 'senior_engineer' }),
        manager: buildAssessment({ competencyKey: 'code_quality', rating: 'engineer', source: 'MANAGER' }),
        previousManager: q3('code_quality', 'below_expectations'),
        disagreement: true,
      }),
      buildCompetency({
        competencyKey: 'reading_the_source',
        self: buildAssessment({ competencyKey: 'reading_the_source', rating: 'engineer' }),
        previousManager: q3('reading_the_source', 'engineer'),
      }),
      buildCompetency({ competencyKey: 'incident_response', areaKey: 'problem_solving', areaName: 'Problem solving' }),
    ],
  });

  it('averages each area over its rated competencies, in framework order', () => {
    expect(areaSummaries(growth)).toEqual([
      {
        areaKey: 'craft',
        areaName: 'Craft',
        competencyCount: 2,
        self: 1.5,
        selfRated: 2,
        manager: 1,
        managerRated: 1,
        previous: 0.5,
        expectation: 1,
        disagreements: 1,
      },
      {
        areaKey: 'problem_solving',
        areaName: 'Problem solving',
        competencyCount: 1,
        self: null,
        selfRated: 0,
        manager: null,
        managerRated: 0,
        previous: null,
        expectation: 1,
        disagreements: 0,
      },
    ]);
  });

  it('leaves out manager ratings the viewer may not see yet', () => {
    const [craft] = areaSummaries({ ...growth, managerRatingsVisible: false });
    expect(craft).toMatchObject({ manager: null, managerRated: 0, self: 1.5 });
  });

  it('compares with last quarter’s self ratings when there are no manager ratings from then', () => {
    const selfOnly = buildPersonGrowth({
      competencies: [
        buildCompetency({ competencyKey: 'code_quality', previousSelf: q3('code_quality', 'architect', 'SELF') }),
      ],
    });
    expect(areaSummaries(selfOnly)[0].previous).toBe(4);
  });

  it('has no expectation for a level off the scale', () => {
    expect(areaSummaries({ ...growth, level: null })[0].expectation).toBeNull();
  });
});

describe('meanPosition', () => {
  it('rounds to a tenth and ignores gaps', () => {
    expect(meanPosition([1, 2, 2])).toBe(1.7);
    expect(meanPosition([null, 3, undefined])).toBe(3);
    expect(meanPosition([null])).toBeNull();
    expect(meanPosition([])).toBeNull();
  });
});

describe('fitScale', () => {
  // Positions 0 (Below expectations) to 4 (Architect).
  it('spans one below the lowest value to one above the expectation, not the whole scale', () => {
    expect(fitScale([1, 1.3, 2], 1, testScale)).toEqual({ min: 0, max: 2 });
    expect(fitScale([2, 2.5], 2, testScale)).toEqual({ min: 1, max: 3 });
  });

  it('reaches the highest value when it is above the expectation', () => {
    expect(fitScale([1.2, 3.5], 1, testScale)).toEqual({ min: 0, max: 4 });
  });

  it('stays on the scale', () => {
    expect(fitScale([0, 0.5], 0, testScale)).toEqual({ min: 0, max: 2 });
    expect(fitScale([4], 4, testScale)).toEqual({ min: 2, max: 4 });
  });

  it('draws the whole scale when nothing is known', () => {
    expect(fitScale([null, null], null, testScale)).toEqual({ min: 0, max: 4 });
    expect(fitScale([2.4], null, testScale)).toEqual({ min: 1, max: 3 });
  });
});

describe('positionWords', () => {
  it('names a rung, or the two rungs a mean falls between', () => {
    expect(positionWords(testScale, 2)).toBe('Senior Engineer');
    expect(positionWords(testScale, 1.5)).toBe('1.5, between Engineer and Senior Engineer');
    expect(positionWords(testScale, null)).toBe('Not rated');
  });
});
