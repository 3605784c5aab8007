import fc from 'fast-check';
import { defaultFramework } from './default-framework';
import {
  activeCompetencies,
  compareLevels,
  findLevel,
  FrameworkLookupError,
  levelIndex,
  nextLevel,
  ratingScale,
} from './levels';
import { arbitraryFramework } from './testing/arbitrary-framework';
import type { Framework } from './types';

const framework = defaultFramework();

/** The default framework with Domain Expert and one competency retired, and one sentence missing for the retired level. */
function withRetirements(): Framework {
  const f = defaultFramework();
  f.tracks[0].levels[2].retired = true;
  f.areas[0].competencies[2].retired = true;
  delete f.areas[1].competencies[0].expectations.domain_expert;
  return f;
}

describe('compareLevels', () => {
  it('puts two levels side by side, area by area, competency by competency', () => {
    const c = compareLevels(framework, 'engineer', 'senior_engineer');
    expect(c.from).toEqual({
      key: 'engineer',
      name: 'Engineer',
      summary: framework.tracks[0].levels[0].summary,
      trackKey: 'individual_contributor',
      trackName: 'Individual contributor',
      retired: false,
    });
    expect(c.to.name).toBe('Senior Engineer');
    expect(c.sameTrack).toBe(true);
    expect(c.areas.map((a) => a.name)).toEqual(framework.areas.map((a) => a.name));
    const craft = c.areas[0].competencies[1];
    expect(craft).toEqual({
      key: 'reading_the_source',
      name: 'Reading the source',
      from: framework.areas[0].competencies[1].expectations.engineer,
      to: framework.areas[0].competencies[1].expectations.senior_engineer,
      changed: true,
    });
    expect(c.changedCount).toBe(activeCompetencies(framework).length);
  });

  it('shows nothing changed between a level and itself', () => {
    const c = compareLevels(framework, 'architect', 'architect');
    expect(c.changedCount).toBe(0);
    expect(c.areas.flatMap((a) => a.competencies).every((x) => !x.changed && x.from === x.to && x.from !== null)).toBe(
      true,
    );
  });

  it('compares levels of different tracks, in either direction', () => {
    const c = compareLevels(framework, 'director', 'senior_engineer');
    expect(c.sameTrack).toBe(false);
    expect([c.from.trackKey, c.to.trackKey]).toEqual(['management', 'individual_contributor']);
    expect(c.areas[5].competencies[0].from).toBe(framework.areas[5].competencies[0].expectations.director);
  });

  it('compares from the below-expectations rung, whose sentence is its one framework-wide summary', () => {
    const c = compareLevels(framework, 'below_expectations', 'engineer');
    expect(c.from).toMatchObject({ key: 'below_expectations', name: 'Below expectations', trackKey: null });
    expect(c.from.summary).toBe(framework.belowExpectations.summary);
    const first = c.areas[0].competencies[0];
    expect(first.from).toBeNull();
    expect(first.to).toBe(framework.areas[0].competencies[0].expectations.engineer);
    expect(first.changed).toBe(true);
  });

  it('leaves retired competencies out and shows a retired level without a sentence as null', () => {
    const f = withRetirements();
    const c = compareLevels(f, 'senior_engineer', 'domain_expert');
    expect(c.to.retired).toBe(true);
    expect(c.areas[0].competencies.map((x) => x.key)).toEqual(['code_and_business_logic', 'reading_the_source']);
    expect(c.areas[1].competencies[0]).toMatchObject({ key: 'incident_response', to: null, changed: true });
  });

  it('refuses an unknown level key, naming it and the known ones', () => {
    expect(() => compareLevels(framework, 'engineer', 'staff_engineer')).toThrow(FrameworkLookupError);
    expect(() => compareLevels(framework, 'nope', 'engineer')).toThrow(
      'Unknown level "nope" (levels: below_expectations, engineer, senior_engineer, domain_expert, architect, principal_architect, tech_lead, engineering_manager, director)',
    );
  });
});

describe('ratingScale, levelIndex and nextLevel', () => {
  it('gives the below-expectations rung then the levels of the track, at positions 0..n', () => {
    expect(ratingScale(framework, 'management').map((r) => [r.position, r.key, r.retired])).toEqual([
      [0, 'below_expectations', false],
      [1, 'tech_lead', false],
      [2, 'engineering_manager', false],
      [3, 'director', false],
    ]);
    expect(ratingScale(framework, 'individual_contributor')).toHaveLength(6);
  });

  it('keeps a retired level on the scale, flagged, so that old ratings keep their place', () => {
    const scale = ratingScale(withRetirements(), 'individual_contributor');
    expect(scale[3]).toMatchObject({ position: 3, key: 'domain_expert', retired: true });
    expect(levelIndex(withRetirements(), 'individual_contributor', 'architect')).toBe(4);
  });

  it('places levels on their track', () => {
    expect(levelIndex(framework, 'individual_contributor', 'below_expectations')).toBe(0);
    expect(levelIndex(framework, 'individual_contributor', 'engineer')).toBe(1);
    expect(levelIndex(framework, 'individual_contributor', 'principal_architect')).toBe(5);
    expect(levelIndex(framework, 'management', 'director')).toBe(3);
  });

  it('refuses an unknown track, an unknown level and a level of another track', () => {
    expect(() => levelIndex(framework, 'sales', 'engineer')).toThrow(
      'Unknown track "sales" in framework "Engineer → Architect → Leader" (tracks: individual_contributor, management)',
    );
    expect(() => levelIndex(framework, 'management', 'staff')).toThrow(
      'Unknown level "staff" (levels of track "management": tech_lead, engineering_manager, director)',
    );
    expect(() => levelIndex(framework, 'management', 'architect')).toThrow(
      'Level "architect" is on track "individual_contributor", not on track "management"',
    );
    expect(() => ratingScale(framework, 'sales')).toThrow(FrameworkLookupError);
    expect(() => nextLevel(framework, 'management', 'architect')).toThrow(FrameworkLookupError);
  });

  it('gives the next active level, skipping retired ones, and null at the top', () => {
    expect(nextLevel(framework, 'individual_contributor', 'engineer')?.key).toBe('senior_engineer');
    expect(nextLevel(framework, 'management', 'below_expectations')?.key).toBe('tech_lead');
    expect(nextLevel(framework, 'management', 'director')).toBeNull();
    expect(nextLevel(withRetirements(), 'individual_contributor', 'senior_engineer')?.key).toBe('architect');
    expect(nextLevel(withRetirements(), 'individual_contributor', 'domain_expert')?.key).toBe('architect');
  });

  it('finds a level and its track by key', () => {
    expect(findLevel(framework, 'engineering_manager')).toMatchObject({ track: { key: 'management' }, index: 1 });
    expect(findLevel(framework, 'below_expectations')).toBeUndefined();
  });

  it('agree with each other on any framework', () => {
    fc.assert(
      fc.property(arbitraryFramework, (f) => {
        for (const track of f.tracks) {
          const scale = ratingScale(f, track.key);
          expect(scale.map((r) => r.position)).toEqual(scale.map((_, i) => i));
          for (const rung of scale) {
            expect(levelIndex(f, track.key, rung.key)).toBe(rung.position);
            const next = nextLevel(f, track.key, rung.key);
            if (next) {
              expect(next.retired).toBeFalsy();
              expect(levelIndex(f, track.key, next.key)).toBeGreaterThan(rung.position);
            } else {
              expect(scale.slice(rung.position + 1).every((r) => r.retired)).toBe(true);
            }
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('activeCompetencies', () => {
  it('lists every competency of the default framework with its area, in order', () => {
    const active = activeCompetencies(framework);
    expect(active[0]).toEqual({ area: framework.areas[0], competency: framework.areas[0].competencies[0] });
    expect(active.map((a) => a.area.key)).toEqual(framework.areas.flatMap((a) => a.competencies.map(() => a.key)));
  });

  it('leaves out retired competencies and every competency of a retired area', () => {
    const f = withRetirements();
    f.areas[6].retired = true;
    const keys = activeCompetencies(f).map((a) => a.competency.key);
    expect(keys).not.toContain('building_to_understand');
    expect(keys).not.toContain('works_others_use');
    expect(keys).toHaveLength(activeCompetencies(framework).length - 1 - framework.areas[6].competencies.length);
  });

  it('gives every active competency an expectation for every active level, on any valid framework', () => {
    fc.assert(
      fc.property(arbitraryFramework, (f) => {
        const activeLevels = f.tracks.flatMap((t) => t.levels.filter((l) => !l.retired));
        for (const { area, competency } of activeCompetencies(f)) {
          expect(area.retired || competency.retired).toBeFalsy();
          for (const level of activeLevels) expect(competency.expectations[level.key]).toEqual(expect.any(String));
        }
      }),
      { numRuns: 100 },
    );
  });
});
