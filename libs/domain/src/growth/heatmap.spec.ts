import fc from 'fast-check';
import { defaultFramework } from '../framework/default-framework';
import { activeCompetencies } from '../framework/levels';
import { arbitraryFramework } from '../framework/testing/arbitrary-framework';
import { BELOW_EXPECTATIONS_KEY } from '../framework/types';
import { possibleGaps, teamHeatmap } from './heatmap';
import { competencyGap, type AssessmentSource, type RatingRecord } from './ratings';

const framework = defaultFramework();
const IC = 'individual_contributor';
const [craft, reading] = activeCompetencies(framework).map(({ competency }) => competency.key);

function rating(personId: string, competencyKey: string, ratingKey: string, source: AssessmentSource): RatingRecord {
  return { personId, competencyKey, quarter: 'FY2027-Q1', source, ratingKey };
}

const team = [
  { personId: 'sam', trackKey: IC, levelKey: 'senior_engineer' },
  { personId: 'ada', trackKey: 'management', levelKey: 'tech_lead' },
  { personId: 'lin', trackKey: IC, levelKey: 'staff_engineer' }, // a level the framework no longer has
];

describe('teamHeatmap', () => {
  it('lays out people by active competencies, with their areas', () => {
    const h = teamHeatmap(framework, team, []);
    expect(h.competencies).toHaveLength(23);
    expect(h.competencies[0]).toEqual({
      key: craft,
      name: framework.areas[0].competencies[0].name,
      areaKey: 'craft',
      areaName: 'Craft',
    });
    expect(h.rows.map((r) => r.personId)).toEqual(['sam', 'ada', 'lin']);
    expect(h.rows.every((r) => r.cells.length === 23 && r.belowCount === 0)).toBe(true);
    expect(h.rows[0].cells[0]).toEqual({
      competencyKey: craft,
      ratingKey: null,
      source: null,
      ratingPosition: null,
      expectedPosition: 2,
      gap: null,
    });
  });

  it('shows the manager rating over the self rating, and the self rating when it is alone', () => {
    const h = teamHeatmap(framework, team, [
      rating('sam', craft, 'architect', 'self'),
      rating('sam', craft, 'engineer', 'manager'),
      rating('sam', reading, 'domain_expert', 'self'),
    ]);
    const [craftCell, readingCell] = h.rows[0].cells;
    expect(craftCell).toMatchObject({ ratingKey: 'engineer', source: 'manager', ratingPosition: 1, gap: -1 });
    expect(readingCell).toMatchObject({ ratingKey: 'domain_expert', source: 'self', ratingPosition: 3, gap: 1 });
    expect(h.rows[0].belowCount).toBe(1);
  });

  it('counts the cells below the level of a tech lead rated below expectations', () => {
    const h = teamHeatmap(framework, team, [
      rating('ada', craft, BELOW_EXPECTATIONS_KEY, 'manager'),
      rating('ada', reading, 'tech_lead', 'manager'),
    ]);
    expect(h.rows[1].cells.slice(0, 2).map((c) => c.gap)).toEqual([-1, 0]);
    expect(h.rows[1].belowCount).toBe(1);
  });

  it('keeps unknown levels and off-scale ratings visible but without a gap', () => {
    const h = teamHeatmap(framework, team, [
      rating('lin', craft, 'architect', 'manager'),
      rating('sam', craft, 'director', 'manager'), // another track's level
    ]);
    expect(h.rows[2].cells[0]).toMatchObject({
      ratingKey: 'architect',
      ratingPosition: 4,
      expectedPosition: null,
      gap: null,
    });
    expect(h.rows[0].cells[0]).toMatchObject({
      ratingKey: 'director',
      source: 'manager',
      ratingPosition: null,
      gap: null,
    });
    expect(h.rows.map((r) => r.belowCount)).toEqual([0, 0, 0]);
  });

  it('gives a person on a missing track no positions at all', () => {
    const h = teamHeatmap(
      framework,
      [{ personId: 'kim', trackKey: 'sales', levelKey: 'engineer' }],
      [rating('kim', craft, 'engineer', 'manager')],
    );
    expect(h.rows[0].cells[0]).toMatchObject({
      ratingKey: 'engineer',
      ratingPosition: null,
      expectedPosition: null,
      gap: null,
    });
  });

  it('ignores ratings of retired competencies and of people not on the team', () => {
    const f = defaultFramework();
    f.areas[0].competencies[0].retired = true;
    const h = teamHeatmap(f, team, [
      rating('sam', craft, 'engineer', 'manager'),
      rating('zoe', reading, 'engineer', 'manager'),
    ]);
    expect(h.competencies.map((c) => c.key)).not.toContain(craft);
    expect(h.rows[0].cells.every((c) => c.ratingKey === null)).toBe(true);
  });

  it('is empty for an empty team', () => {
    const h = teamHeatmap(framework, [], [rating('sam', craft, 'engineer', 'manager')]);
    expect(h.rows).toEqual([]);
    expect(h.gapRange).toBeNull();
  });

  it('counts the self and manager ratings of each person', () => {
    const h = teamHeatmap(framework, team, [
      rating('sam', craft, 'engineer', 'self'),
      rating('sam', craft, 'engineer', 'manager'),
      rating('sam', reading, 'engineer', 'self'),
      rating('ada', reading, 'tech_lead', 'manager'),
    ]);
    expect(h.rows.map((r) => [r.selfRated, r.managerRated])).toEqual([
      [2, 1],
      [0, 1],
      [0, 0],
    ]);
  });

  it('gives the range of gaps the cells can take, over everyone on a known level', () => {
    // The individual-contributor track has five levels: a senior engineer (2) ranges from -2 to +3.
    expect(possibleGaps(framework, { trackKey: IC, levelKey: 'senior_engineer' })).toEqual({ min: -2, max: 3 });
    expect(possibleGaps(framework, { trackKey: IC, levelKey: 'engineer' })).toEqual({ min: -1, max: 4 });
    expect(possibleGaps(framework, { trackKey: IC, levelKey: 'staff_engineer' })).toBeNull();
    expect(possibleGaps(framework, { trackKey: 'sales', levelKey: 'engineer' })).toBeNull();
    const h = teamHeatmap(framework, [team[0], { personId: 'eve', trackKey: IC, levelKey: 'engineer' }], []);
    expect(h.gapRange).toEqual({ min: -2, max: 4 });
    expect(teamHeatmap(framework, [team[2]], []).gapRange).toBeNull();
  });

  it('keeps a retired level on the scale', () => {
    const f = defaultFramework();
    f.tracks[0].levels[2].retired = true;
    const h = teamHeatmap(
      f,
      [{ personId: 'sam', trackKey: IC, levelKey: 'domain_expert' }],
      [rating('sam', craft, 'senior_engineer', 'manager')],
    );
    expect(h.rows[0].cells[0]).toMatchObject({ expectedPosition: 3, ratingPosition: 2, gap: -1 });
  });

  const heatmapCase = arbitraryFramework.chain((f) => {
    const levelKeys = [BELOW_EXPECTATIONS_KEY, ...f.tracks.flatMap((t) => t.levels.map((l) => l.key)), 'gone'];
    const competencyKeys = [...f.areas.flatMap((a) => a.competencies.map((c) => c.key)), 'gone'];
    const personId = fc.constantFrom('p1', 'p2', 'p3', 'p4');
    return fc.record({
      f: fc.constant(f),
      people: fc.array(
        fc.record({
          personId,
          trackKey: fc.constantFrom(...f.tracks.map((t) => t.key), 'gone'),
          levelKey: fc.constantFrom(...levelKeys),
        }),
        { maxLength: 6 },
      ),
      ratings: fc.array(
        fc.record({
          personId,
          competencyKey: fc.constantFrom(...competencyKeys),
          quarter: fc.constant('FY2027-Q1'),
          source: fc.constantFrom<AssessmentSource>('self', 'manager'),
          ratingKey: fc.constantFrom(...levelKeys),
        }),
        { maxLength: 40 },
      ),
    });
  });

  it('has one row per person and one cell per active competency, in order', () => {
    fc.assert(
      fc.property(heatmapCase, ({ f, people, ratings }) => {
        const h = teamHeatmap(f, people, ratings);
        const keys = activeCompetencies(f).map(({ competency }) => competency.key);
        expect(h.competencies.map((c) => c.key)).toEqual(keys);
        expect(h.rows.map((r) => r.personId)).toEqual(people.map((p) => p.personId));
        for (const row of h.rows) {
          expect(row.cells.map((c) => c.competencyKey)).toEqual(keys);
          expect(row.belowCount).toBe(row.cells.filter((c) => c.gap !== null && c.gap < 0).length);
          expect(row.managerRated).toBeGreaterThanOrEqual(row.cells.filter((c) => c.source === 'manager').length);
          for (const cell of row.cells) {
            if (cell.gap === null) continue;
            expect(h.gapRange).not.toBeNull();
            expect(cell.gap).toBeGreaterThanOrEqual(h.gapRange?.min ?? NaN);
            expect(cell.gap).toBeLessThanOrEqual(h.gapRange?.max ?? NaN);
          }
        }
      }),
    );
  });

  it('shows in each cell the last manager rating, else the last self rating, with its gap', () => {
    fc.assert(
      fc.property(heatmapCase, ({ f, people, ratings }) => {
        const h = teamHeatmap(f, people, ratings);
        h.rows.forEach((row, i) => {
          const person = people[i];
          for (const cell of row.cells) {
            const mine = ratings.filter(
              (r) => r.personId === person.personId && r.competencyKey === cell.competencyKey,
            );
            const shown =
              mine.filter((r) => r.source === 'manager').at(-1) ?? mine.filter((r) => r.source === 'self').at(-1);
            expect(cell.ratingKey).toBe(shown?.ratingKey ?? null);
            expect(cell.source).toBe(shown?.source ?? null);
            expect(cell.gap).toBe(shown ? competencyGap(f, person, shown.ratingKey) : null);
            if (cell.gap !== null) expect(cell.gap).toBe((cell.ratingPosition ?? NaN) - (cell.expectedPosition ?? NaN));
          }
        });
      }),
    );
  });

  // Its speed is measured in tests/bench (growth-figures), not timed here.
  it('fills every cell of a large team: 2,000 people with 23 ratings each', () => {
    const people = Array.from({ length: 2000 }, (_, i) => ({ personId: `p${i}`, trackKey: IC, levelKey: 'engineer' }));
    const keys = activeCompetencies(framework).map(({ competency }) => competency.key);
    const ratings = people.flatMap((p) => keys.map((k) => rating(p.personId, k, 'senior_engineer', 'manager')));
    const h = teamHeatmap(framework, people, ratings);
    expect(h.rows).toHaveLength(2000);
    expect(h.rows.every((r) => r.cells.every((c) => c.gap === 1))).toBe(true);
  });
});
