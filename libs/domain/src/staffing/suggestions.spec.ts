import fc from 'fast-check';
import { type CandidateFacts, rankCandidates } from './suggestions';

// The refunds API needs an API designer at 40% for three weeks, exercising Robust design and
// Architecture, each at Senior Engineer (position 2) or above.
const NEED = {
  percent: 40,
  competencies: [
    { key: 'robust_design', name: 'Robust design' },
    { key: 'architecture', name: 'Architecture' },
  ],
};
const WEEKS = ['W3', 'W4', 'W5'];
const candidate = (overrides: Partial<CandidateFacts>): CandidateFacts => ({
  personId: 'p',
  name: 'Someone',
  freeByWeek: [0.4, 0.4, 0.4],
  weekLabels: WEEKS,
  ratings: [
    { key: 'robust_design', rating: 2, required: 2 },
    { key: 'architecture', rating: 2, required: 2 },
  ],
  goals: [],
  ...overrides,
});

describe('rankCandidates', () => {
  // Worked out by hand:
  //   Sam: 40% free every week (capacity fit 1); meets Robust design (1), one below in
  //   Architecture (0.5): fit 0.75; his goal grows Architecture, one of two: growth 0.5.
  //   Score 1 × 0.75 × 1.5 = 1.125.
  //   Priya: 20% free (fit 0.5); meets both (1); no goals: 0.5 × 1 × 1 = 0.5.
  //   Jonas: no free time at all: 0.
  it('ranks by free time × competency fit × growth value, and says why in a sentence', () => {
    const ranked = rankCandidates(NEED, [
      candidate({ personId: 'jonas', name: 'Jonas', freeByWeek: [0, 0, 0] }),
      candidate({ personId: 'priya', name: 'Priya', freeByWeek: [0.2, 0.2, 0.2] }),
      candidate({
        personId: 'sam',
        name: 'Sam',
        ratings: [
          { key: 'robust_design', rating: 2, required: 2 },
          { key: 'architecture', rating: 1, required: 2 },
        ],
        goals: [{ id: 'goal-arch', title: 'Lead a design', competencyKeys: ['architecture'] }],
      }),
    ]);
    expect(ranked.map((s) => [s.personId, s.score])).toEqual([
      ['sam', 1.125],
      ['priya', 0.5],
      ['jonas', 0],
    ]);
    expect(ranked[0]).toMatchObject({
      capacityFit: 1,
      competencyFit: 0.75,
      growthValue: 0.5,
      stretchGoalId: 'goal-arch',
      explanation:
        'Sam has 40% free in weeks W3–W5, meets Robust design, is below the level asked in Architecture, and is working toward Architecture, which this need exercises.',
    });
    expect(ranked[1].explanation).toBe(
      'Priya has at most 20% free in these weeks and meets Robust design and Architecture.',
    );
    expect(ranked[1].stretchGoalId).toBeNull();
  });

  it('counts an unrated competency as possible but unproven, and weeks away as no time', () => {
    const [s] = rankCandidates(NEED, [
      candidate({
        freeByWeek: [null, 0.6, 0.6],
        ratings: [
          { key: 'robust_design', rating: null, required: 2 },
          { key: 'architecture', rating: 3, required: 2 },
        ],
      }),
    ]);
    expect(s.competencyFit).toBeCloseTo(0.625);
    expect(s.capacityFit).toBe(1);
    expect(s.explanation).toBe('Someone has 60% free in weeks W4–W5 and meets Architecture.');
  });

  it('never gives a negative score, and never more than twice the best fit', () => {
    const facts = fc.record({
      free: fc.array(fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }), {
        minLength: 3,
        maxLength: 3,
      }),
      ratings: fc.array(fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }), { minLength: 2, maxLength: 2 }),
      grows: fc.boolean(),
    });
    fc.assert(
      fc.property(facts, ({ free, ratings, grows }) => {
        const [s] = rankCandidates(NEED, [
          candidate({
            freeByWeek: free,
            ratings: ratings.map((rating, i) => ({ key: NEED.competencies[i].key, rating, required: 2 })),
            goals: grows ? [{ id: 'g', title: 'g', competencyKeys: ['architecture'] }] : [],
          }),
        ]);
        expect(s.score).toBeGreaterThanOrEqual(0);
        expect(s.score).toBeLessThanOrEqual(2);
        expect(s.growthValue).toBe(grows ? 0.5 : 0);
      }),
    );
  });
});
