import fc from 'fast-check';
import { quarterKey } from '../calendar/quarter-key';
import { defaultFramework } from '../framework/default-framework';
import { ratingScale } from '../framework/levels';
import { arbitraryFramework } from '../framework/testing/arbitrary-framework';
import { BELOW_EXPECTATIONS_KEY, type Framework } from '../framework/types';
import {
  competencyGap,
  latestRatings,
  ratingPosition,
  ratingsDisagree,
  type AssessmentSource,
  type RatingRecord,
} from './ratings';

const framework = defaultFramework();
const IC = 'individual_contributor';
const engineer = { trackKey: IC, levelKey: 'engineer' };

/** A framework with one of its tracks, and keys from its scale, another track's scale or nowhere. */
const frameworkWithTrack = arbitraryFramework.chain((f) =>
  fc.record({
    framework: fc.constant(f),
    trackKey: fc.constantFrom(...f.tracks.map((t) => t.key)),
  }),
);
function scaleKeys(f: Framework, trackKey: string): string[] {
  return ratingScale(f, trackKey).map((r) => r.key);
}
function anyKey(f: Framework): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(BELOW_EXPECTATIONS_KEY, ...f.tracks.flatMap((t) => t.levels.map((l) => l.key))),
    fc.string(),
  );
}

function rating(
  competencyKey: string,
  quarter: string,
  ratingKey: string,
  source: AssessmentSource = 'manager',
): RatingRecord {
  return { personId: 'sam', competencyKey, quarter, source, ratingKey };
}

describe('ratingPosition', () => {
  it('places below expectations at 0 and the levels of the track at 1..n', () => {
    expect(ratingPosition(framework, IC, BELOW_EXPECTATIONS_KEY)).toBe(0);
    expect(ratingPosition(framework, IC, 'engineer')).toBe(1);
    expect(ratingPosition(framework, IC, 'senior_engineer')).toBe(2);
    expect(ratingPosition(framework, IC, 'principal_architect')).toBe(5);
    expect(ratingPosition(framework, 'management', 'tech_lead')).toBe(1);
    expect(ratingPosition(framework, 'management', 'director')).toBe(3);
  });

  it('returns null for a level of another track, an unknown key or an unknown track', () => {
    expect(ratingPosition(framework, IC, 'tech_lead')).toBeNull();
    expect(ratingPosition(framework, IC, 'wizard')).toBeNull();
    expect(ratingPosition(framework, IC, '')).toBeNull();
    expect(ratingPosition(framework, 'sales', 'engineer')).toBeNull();
    expect(ratingPosition(framework, 'sales', BELOW_EXPECTATIONS_KEY)).toBeNull();
  });

  it('keeps the place of a retired level so that old ratings stay comparable', () => {
    const f = defaultFramework();
    f.tracks[0].levels[2].retired = true;
    expect(ratingPosition(f, IC, 'domain_expert')).toBe(3);
    expect(ratingPosition(f, IC, 'architect')).toBe(4);
  });

  it('agrees with ratingScale for every rung, and never throws on any key', () => {
    fc.assert(
      fc.property(
        frameworkWithTrack.chain(({ framework: f, trackKey }) =>
          fc.record({ f: fc.constant(f), trackKey: fc.oneof(fc.constant(trackKey), fc.string()), key: anyKey(f) }),
        ),
        ({ f, trackKey, key }) => {
          const track = f.tracks.find((t) => t.key === trackKey);
          const position = ratingPosition(f, trackKey, key);
          if (!track) return expect(position).toBeNull();
          const rung = ratingScale(f, trackKey).find((r) => r.key === key);
          expect(position).toBe(rung ? rung.position : null);
        },
      ),
    );
  });
});

describe('competencyGap', () => {
  it('is +1 for an Engineer rated Senior Engineer, 0 at their level, -1 below expectations', () => {
    expect(competencyGap(framework, engineer, 'senior_engineer')).toBe(1);
    expect(competencyGap(framework, engineer, 'engineer')).toBe(0);
    expect(competencyGap(framework, engineer, BELOW_EXPECTATIONS_KEY)).toBe(-1);
    expect(competencyGap(framework, { trackKey: IC, levelKey: 'architect' }, 'senior_engineer')).toBe(-2);
    expect(competencyGap(framework, { trackKey: 'management', levelKey: 'director' }, 'tech_lead')).toBe(-2);
  });

  it('is null when the level, the rating or the track is not on the scale', () => {
    expect(competencyGap(framework, { trackKey: IC, levelKey: 'staff_engineer' }, 'engineer')).toBeNull();
    expect(competencyGap(framework, engineer, 'tech_lead')).toBeNull();
    expect(competencyGap(framework, { trackKey: 'sales', levelKey: 'engineer' }, 'engineer')).toBeNull();
  });

  it('still measures from a retired level', () => {
    const f = defaultFramework();
    f.tracks[0].levels[2].retired = true;
    expect(competencyGap(f, { trackKey: IC, levelKey: 'domain_expert' }, 'architect')).toBe(1);
  });

  it('is antisymmetric and adds up along the scale', () => {
    fc.assert(
      fc.property(
        frameworkWithTrack.chain(({ framework: f, trackKey }) => {
          const keys = fc.constantFrom(...scaleKeys(f, trackKey));
          return fc.record({ f: fc.constant(f), trackKey: fc.constant(trackKey), a: keys, b: keys, c: keys });
        }),
        ({ f, trackKey, a, b, c }) => {
          const gap = (level: string, rated: string) => competencyGap(f, { trackKey, levelKey: level }, rated);
          const [ab, ba, bc, ac] = [gap(a, b), gap(b, a), gap(b, c), gap(a, c)];
          expect(ab === null || ba === null ? null : ab + ba).toBe(0);
          expect(gap(a, a)).toBe(0);
          expect(ab === null || bc === null ? null : ab + bc).toBe(ac);
        },
      ),
    );
  });
});

describe('ratingsDisagree', () => {
  it('flags a one-level difference either way, not an agreement', () => {
    expect(ratingsDisagree(framework, IC, 'senior_engineer', 'engineer')).toBe(true);
    expect(ratingsDisagree(framework, IC, 'engineer', 'architect')).toBe(true);
    expect(ratingsDisagree(framework, IC, BELOW_EXPECTATIONS_KEY, 'engineer')).toBe(true);
    expect(ratingsDisagree(framework, IC, 'engineer', 'engineer')).toBe(false);
  });

  it('is false when either rating is off the scale', () => {
    expect(ratingsDisagree(framework, IC, 'tech_lead', 'engineer')).toBe(false);
    expect(ratingsDisagree(framework, IC, 'engineer', 'gone')).toBe(false);
    expect(ratingsDisagree(framework, 'sales', 'engineer', 'architect')).toBe(false);
  });

  it('is symmetric and true exactly when the positions differ', () => {
    fc.assert(
      fc.property(
        frameworkWithTrack.chain(({ framework: f, trackKey }) =>
          fc.record({ f: fc.constant(f), trackKey: fc.constant(trackKey), a: anyKey(f), b: anyKey(f) }),
        ),
        ({ f, trackKey, a, b }) => {
          const pa = ratingPosition(f, trackKey, a);
          const pb = ratingPosition(f, trackKey, b);
          expect(ratingsDisagree(f, trackKey, a, b)).toBe(ratingsDisagree(f, trackKey, b, a));
          expect(ratingsDisagree(f, trackKey, a, b)).toBe(pa !== null && pb !== null && pa !== pb);
        },
      ),
    );
  });
});

describe('latestRatings', () => {
  it('keeps the rating of the latest quarter for each competency, of the asked source only', () => {
    const ratings = [
      rating('craft', 'FY2027-Q2', 'senior_engineer'),
      rating('craft', 'FY2027-Q1', 'engineer'),
      rating('craft', 'FY2027-Q3', 'architect', 'self'),
      rating('testing', 'FY2026-Q4', 'engineer'),
      rating('testing', 'FY2027-Q1', BELOW_EXPECTATIONS_KEY),
      rating('design', 'FY2027-Q2', 'domain_expert', 'self'),
    ];
    expect(latestRatings(ratings, 'manager')).toEqual({ craft: 'senior_engineer', testing: BELOW_EXPECTATIONS_KEY });
    expect(latestRatings(ratings, 'self')).toEqual({ craft: 'architect', design: 'domain_expert' });
  });

  it('orders quarters across fiscal years, and lets the later record of one quarter win', () => {
    const ratings = [rating('craft', 'FY2027-Q1', 'architect'), rating('craft', 'FY2026-Q4', 'engineer')];
    expect(latestRatings(ratings, 'manager')).toEqual({ craft: 'architect' });
    const sameQuarter = [rating('craft', 'FY2027-Q1', 'engineer'), rating('craft', 'FY2027-Q1', 'senior_engineer')];
    expect(latestRatings(sameQuarter, 'manager')).toEqual({ craft: 'senior_engineer' });
  });

  it('is empty without ratings of that source', () => {
    expect(latestRatings([], 'manager')).toEqual({});
    expect(latestRatings([rating('craft', 'FY2027-Q1', 'engineer', 'self')], 'manager')).toEqual({});
  });

  it('keeps a competency keyed like an Object member as its own property', () => {
    const result = latestRatings([rating('__proto__', 'FY2027-Q1', 'engineer')], 'manager');
    expect(Object.keys(result)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
  });

  const arbitraryRatings = fc.array(
    fc.record({
      personId: fc.constant('sam'),
      competencyKey: fc.constantFrom('craft', 'testing', 'design', 'influence'),
      quarter: fc
        .record({ fiscalYear: fc.integer({ min: 2024, max: 2028 }), quarter: fc.integer({ min: 1, max: 4 }) })
        .map(quarterKey),
      source: fc.constantFrom<AssessmentSource>('self', 'manager'),
      ratingKey: fc.constantFrom(BELOW_EXPECTATIONS_KEY, 'engineer', 'senior_engineer', 'architect'),
    }),
    { maxLength: 30 },
  );

  it('gives, for each rated competency, a rating from its latest quarter', () => {
    fc.assert(
      fc.property(arbitraryRatings, fc.constantFrom<AssessmentSource>('self', 'manager'), (ratings, source) => {
        const result = latestRatings(ratings, source);
        const ofSource = ratings.filter((r) => r.source === source);
        expect(Object.keys(result).sort()).toEqual([...new Set(ofSource.map((r) => r.competencyKey))].sort());
        for (const [competencyKey, ratingKey] of Object.entries(result)) {
          const mine = ofSource.filter((r) => r.competencyKey === competencyKey);
          const latestQuarter = mine
            .map((r) => r.quarter)
            .sort()
            .at(-1);
          const lastOfLatest = mine.filter((r) => r.quarter === latestQuarter).at(-1);
          expect(ratingKey).toBe(lastOfLatest?.ratingKey);
        }
      }),
    );
  });

  it('does not depend on the order of records from different quarters', () => {
    const oneRecordPerQuarter = arbitraryRatings.map((rs) =>
      rs.filter((r, i) => rs.findIndex((o) => o.competencyKey === r.competencyKey && o.quarter === r.quarter) === i),
    );
    fc.assert(
      fc.property(
        oneRecordPerQuarter.chain((rs) =>
          fc.tuple(fc.constant(rs), fc.shuffledSubarray(rs, { minLength: rs.length, maxLength: rs.length })),
        ),
        ([ratings, shuffled]) => {
          expect(latestRatings(shuffled, 'manager')).toEqual(latestRatings(ratings, 'manager'));
        },
      ),
    );
  });
});
