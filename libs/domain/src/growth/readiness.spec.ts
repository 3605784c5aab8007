import fc from 'fast-check';
import { defaultFramework } from '../framework/default-framework';
import { activeCompetencies, nextLevel, ratingScale } from '../framework/levels';
import { arbitraryFramework } from '../framework/testing/arbitrary-framework';
import { BELOW_EXPECTATIONS_KEY } from '../framework/types';
import { ratingPosition } from './ratings';
import { promotionReadiness } from './readiness';

const framework = defaultFramework();
const IC = 'individual_contributor';
const competencyKeys = activeCompetencies(framework).map(({ competency }) => competency.key);
const sam = { trackKey: IC, levelKey: 'engineer' };

/** Every active competency rated with the same key. */
function allRated(ratingKey: string): Record<string, string> {
  return Object.fromEntries(competencyKeys.map((k) => [k, ratingKey]));
}

describe('promotionReadiness', () => {
  it('counts the senior engineer expectations Sam meets: 12 of 23', () => {
    expect(competencyKeys).toHaveLength(23);
    const ratings: Record<string, string> = {};
    competencyKeys.forEach((key, i) => {
      if (i < 10) ratings[key] = 'senior_engineer';
      else if (i < 12)
        ratings[key] = 'architect'; // above the next level still counts
      else if (i < 17) ratings[key] = 'engineer';
      else if (i === 17)
        ratings[key] = 'tech_lead'; // another track's level is not on Sam's scale
      else if (i === 18) ratings[key] = BELOW_EXPECTATIONS_KEY;
      // the rest are not rated yet
    });
    const r = promotionReadiness(framework, sam, ratings);
    expect(r.nextLevel).toEqual({ key: 'senior_engineer', name: 'Senior Engineer' });
    expect(r.met).toBe(12);
    expect(r.total).toBe(23);
    expect(r.share).toBeCloseTo(12 / 23, 12);
    expect(r.gaps.map((g) => g.competencyKey)).toEqual(competencyKeys.slice(12));
    expect(r.gaps.map((g) => g.ratingKey)).toEqual([
      ...Array<string>(5).fill('engineer'),
      'tech_lead',
      BELOW_EXPECTATIONS_KEY,
      null,
      null,
      null,
      null,
    ]);
    const first = framework.areas
      .flatMap((a) => a.competencies.map((c) => ({ a, c })))
      .find(({ c }) => c.key === r.gaps[0].competencyKey);
    expect(r.gaps[0]).toEqual({
      competencyKey: first?.c.key,
      competencyName: first?.c.name,
      areaName: first?.a.name,
      ratingKey: 'engineer',
      expected: first?.c.expectations.senior_engineer,
    });
  });

  it('is fully ready when every competency is rated at the next level', () => {
    const r = promotionReadiness(framework, sam, allRated('senior_engineer'));
    expect(r).toMatchObject({ met: 23, total: 23, share: 1, gaps: [] });
  });

  it('lists every competency as a gap without ratings', () => {
    const r = promotionReadiness(framework, { trackKey: 'management', levelKey: 'tech_lead' }, {});
    expect(r.nextLevel).toEqual({ key: 'engineering_manager', name: 'Engineering Manager' });
    expect(r).toMatchObject({ met: 0, total: 23, share: 0 });
    expect(r.gaps).toHaveLength(23);
    expect(r.gaps.every((g) => g.ratingKey === null)).toBe(true);
    expect(r.gaps[0].expected).toBe(framework.areas[0].competencies[0].expectations.engineering_manager);
  });

  it('aims a person below expectations at the first level of their track', () => {
    const r = promotionReadiness(framework, { trackKey: IC, levelKey: BELOW_EXPECTATIONS_KEY }, allRated('engineer'));
    expect(r.nextLevel?.key).toBe('engineer');
    expect(r.share).toBe(1);
  });

  it('has no next level at the top of a track', () => {
    const r = promotionReadiness(
      framework,
      { trackKey: IC, levelKey: 'principal_architect' },
      allRated('principal_architect'),
    );
    expect(r).toEqual({ nextLevel: null, met: 0, total: 23, share: 0, gaps: [] });
  });

  it('has no next level for an unknown level, a level of another track or an unknown track', () => {
    const none = { nextLevel: null, met: 0, total: 23, share: 0, gaps: [] };
    expect(promotionReadiness(framework, { trackKey: IC, levelKey: 'staff_engineer' }, allRated('architect'))).toEqual(
      none,
    );
    expect(promotionReadiness(framework, { trackKey: IC, levelKey: 'director' }, {})).toEqual(none);
    expect(promotionReadiness(framework, { trackKey: 'sales', levelKey: 'engineer' }, {})).toEqual(none);
  });

  it('skips a retired next level, and a retired level rating keeps its (lower) place', () => {
    const f = defaultFramework();
    f.tracks[0].levels[2].retired = true; // Domain Expert
    const senior = { trackKey: IC, levelKey: 'senior_engineer' };
    const r = promotionReadiness(f, senior, allRated('domain_expert'));
    expect(r.nextLevel).toEqual({ key: 'architect', name: 'Architect' });
    expect(r.met).toBe(0);
    expect(r.gaps[0].expected).toBe(f.areas[0].competencies[0].expectations.architect);
    expect(promotionReadiness(f, senior, allRated('architect')).share).toBe(1);
  });

  it('measures from a retired current level to the next active one', () => {
    const f = defaultFramework();
    f.tracks[0].levels[2].retired = true;
    expect(promotionReadiness(f, { trackKey: IC, levelKey: 'domain_expert' }, {}).nextLevel?.key).toBe('architect');
  });

  it('counts only active competencies in active areas', () => {
    const f = defaultFramework();
    const retired = f.areas[0].competencies[0];
    retired.retired = true;
    f.areas[1].retired = true;
    const total = 23 - 1 - framework.areas[1].competencies.length;
    const r = promotionReadiness(f, sam, {});
    expect(r.total).toBe(total);
    expect(r.gaps.map((g) => g.competencyKey)).not.toContain(retired.key);
    expect(promotionReadiness(f, sam, { [retired.key]: 'senior_engineer' }).met).toBe(0);
  });

  it('ignores ratings of competencies the framework does not have, and inherited object keys', () => {
    const ratings = Object.assign(Object.create({ [competencyKeys[0]]: 'architect' }) as Record<string, string>, {
      retired_competency: 'architect',
    });
    expect(promotionReadiness(framework, sam, ratings)).toMatchObject({ met: 0, total: 23 });
  });

  const readinessCase = arbitraryFramework.chain((f) => {
    const levelKeys = f.tracks.flatMap((t) => t.levels.map((l) => l.key));
    const ratingKey = fc.oneof(fc.constantFrom(BELOW_EXPECTATIONS_KEY, ...levelKeys), fc.constant('unknown'));
    const competencyKey = fc.constantFrom(...f.areas.flatMap((a) => a.competencies.map((c) => c.key)), 'unknown');
    return fc.record({
      f: fc.constant(f),
      trackKey: fc.oneof(fc.constantFrom(...f.tracks.map((t) => t.key)), fc.constant('unknown')),
      levelKey: fc.oneof(fc.constantFrom(BELOW_EXPECTATIONS_KEY, ...levelKeys), fc.constant('unknown')),
      ratings: fc.dictionary(competencyKey, ratingKey),
    });
  });

  it('keeps share within 0..1 and accounts for every active competency', () => {
    fc.assert(
      fc.property(readinessCase, ({ f, trackKey, levelKey, ratings }) => {
        const r = promotionReadiness(f, { trackKey, levelKey }, ratings);
        const active = activeCompetencies(f).map(({ competency }) => competency.key);
        expect(r.share).toBeGreaterThanOrEqual(0);
        expect(r.share).toBeLessThanOrEqual(1);
        expect(r.total).toBe(active.length);
        if (r.nextLevel === null) {
          expect({ met: r.met, share: r.share, gaps: r.gaps }).toEqual({ met: 0, share: 0, gaps: [] });
          return;
        }
        expect(r.met + r.gaps.length).toBe(r.total);
        expect(r.share).toBe(r.total === 0 ? 0 : r.met / r.total);
        // Gaps keep framework order: a subsequence of the active competencies.
        const order = r.gaps.map((g) => active.indexOf(g.competencyKey));
        expect(order.every((i, n) => i >= 0 && (n === 0 || i > order[n - 1]))).toBe(true);
        for (const gap of r.gaps) expect(gap.expected.length).toBeGreaterThan(0);
      }),
    );
  });

  it('agrees with nextLevel and counts exactly the ratings at or above it', () => {
    fc.assert(
      fc.property(readinessCase, ({ f, trackKey, levelKey, ratings }) => {
        const r = promotionReadiness(f, { trackKey, levelKey }, ratings);
        let expected: string | null = null;
        try {
          expected = nextLevel(f, trackKey, levelKey)?.key ?? null;
        } catch {
          expected = null;
        }
        expect(r.nextLevel?.key ?? null).toBe(expected);
        if (expected === null) return;
        const target = ratingScale(f, trackKey).find((rung) => rung.key === expected)?.position ?? Infinity;
        const met = activeCompetencies(f).filter(({ competency }) => {
          const position = Object.hasOwn(ratings, competency.key)
            ? ratingPosition(f, trackKey, ratings[competency.key])
            : null;
          return position !== null && position >= target;
        }).length;
        expect(r.met).toBe(met);
      }),
    );
  });

  it('never lowers readiness when a rating rises', () => {
    fc.assert(
      fc.property(readinessCase, fc.nat(), ({ f, trackKey, levelKey, ratings }, pick) => {
        const track = f.tracks.find((t) => t.key === trackKey);
        const active = activeCompetencies(f);
        if (!track || active.length === 0) return;
        const key = active[pick % active.length].competency.key;
        const top = track.levels[track.levels.length - 1].key;
        const before = promotionReadiness(f, { trackKey, levelKey }, ratings);
        const after = promotionReadiness(f, { trackKey, levelKey }, { ...ratings, [key]: top });
        expect(after.met).toBeGreaterThanOrEqual(before.met);
      }),
    );
  });
});
