import fc from 'fast-check';
import { emptyTotals, personTotals, planCalendar, type AllocationFact, type TimeTotals } from './capacity';
import { figureDeltas, planFigures, type NeedFill, type PersonWeeks } from './scenario-figures';

/*
 * A case worked out by hand. Two weeks, Monday 2 March to Sunday 15 March 2026, both people
 * working Monday to Friday: 5 days a week each, 20 days of capacity in all.
 *
 * Today's plan
 *   Ana (working toward a goal that exercises "x"):
 *     Checkout 80% delivery, exercises x, both weeks      4 + 4 days, growth-aligned
 *     Fraud 40% delivery, exercises y, week 10 only       2 days
 *     Development 20%, week 11 only                       1 day
 *     week 10: 6 of 5 days = 120% (over); week 11: 5 of 5 = 100%
 *   Ben (working toward a goal that exercises "y"):
 *     On-call 50% support and development 10%, both weeks 2.5 + 0.5 days a week
 *   Confirmed work 6 + 5 + 3 + 3 = 17 days of 20: 85%.
 *   Development 1 + 0.5 + 0.5 = 2 days of 17: 11.76%, 8.24 points below a 20% target.
 *   Delivery 4 + 4 + 2 = 10 days, of which 8 (Checkout) exercise a goal: 80% growth-aligned.
 *   Needs: N1 50% with 30% filled, N2 40% filled, N3 10% with nobody: 20 + 10 = 30 of 100
 *   open, 30% unfilled.
 *
 * The scenario moves Fraud from Ana to Ben (week 10, 40%), and Ben also takes N3's 10%.
 *   Ana week 10: 4 of 5 = 80%; nobody over. Ben week 10: 2.5 + 0.5 + 2 = 5 of 5 = 100%.
 *   Confirmed work still 17 days; development still 2 days: 11.76%.
 *   Delivery 4 + 4 (Ana, aligned) + 2 (Ben's Fraud exercises y, his goal's): 10 of 10 aligned.
 *   Needs: 20 of 100 open: 20% unfilled.
 */
const FROM = '2026-03-02';
const TO = '2026-03-15';
const calendar = planCalendar(FROM, TO);
const working = { workingDays: [1, 2, 3, 4, 5] as const };
const alloc = (
  start: string,
  end: string,
  percent: number,
  kind: AllocationFact['kind'],
  competencyKeys: string[] = [],
): AllocationFact => ({ start, end, percent, kind, status: 'confirmed', competencyKeys });

const checkout = alloc(FROM, TO, 80, 'delivery', ['x']);
const anaDevelopment = alloc('2026-03-09', TO, 20, 'development');
const fraud = (start: string, end: string) => alloc(start, end, 40, 'delivery', ['y']);
const benBase = [alloc(FROM, TO, 50, 'support'), alloc(FROM, TO, 10, 'development')];

const person = (personId: string, goal: string, allocations: AllocationFact[]): PersonWeeks => ({
  personId,
  seesGrowth: true,
  weeks: personTotals(calendar, {
    working: { workingDays: [...working.workingDays] },
    allocations,
    timeOff: [],
    goalCompetencyKeys: new Set([goal]),
  }),
});

const planPeople = [
  person('ana', 'x', [checkout, fraud(FROM, '2026-03-08'), anaDevelopment]),
  person('ben', 'y', benBase),
];
const scenarioPeople = [
  person('ana', 'x', [checkout, anaDevelopment]),
  person('ben', 'y', [...benBase, fraud(FROM, '2026-03-08')]),
];
const planNeeds: NeedFill[] = [
  { needId: 'n1', percent: 50, filledPercent: 30 },
  { needId: 'n2', percent: 40, filledPercent: 40 },
  { needId: 'n3', percent: 10, filledPercent: 0 },
];
const scenarioNeeds = planNeeds.map((n) => (n.needId === 'n3' ? { ...n, filledPercent: 10 } : n));

describe('planFigures: the case worked out by hand', () => {
  const plan = planFigures(planPeople, planNeeds, { developmentTarget: 0.2 });
  const scenario = planFigures(scenarioPeople, scenarioNeeds, { developmentTarget: 0.2 });

  it('counts today’s over-allocated person-weeks and names who', () => {
    expect(plan.overAllocatedPersonWeeks).toBe(1);
    expect(plan.overAllocated).toEqual([{ personId: 'ana', weeks: 1, peakShare: expect.closeTo(1.2, 9) }]);
    expect(scenario.overAllocatedPersonWeeks).toBe(0);
    expect(scenario.overAllocated).toEqual([]);
  });

  it('weighs development against the target, and the growth-aligned share of delivery', () => {
    expect(plan.allocatedShare).toBeCloseTo(17 / 20, 9);
    expect(plan.developmentShare).toBeCloseTo(2 / 17, 9);
    expect(plan.developmentShortfall).toBeCloseTo(0.2 - 2 / 17, 9);
    expect(plan.growthAlignedShare).toBeCloseTo(0.8, 9);
    expect(scenario.allocatedShare).toBeCloseTo(17 / 20, 9);
    expect(scenario.developmentShare).toBeCloseTo(2 / 17, 9);
    expect(scenario.growthAlignedShare).toBeCloseTo(1, 9);
  });

  it('counts the demand nobody covers', () => {
    expect(plan).toMatchObject({ demandPercent: 100, openPercent: 30, unfilledShare: 0.3 });
    expect(plan.openNeeds.map((n) => [n.needId, n.openPercent])).toEqual([
      ['n1', 20],
      ['n3', 10],
    ]);
    expect(scenario).toMatchObject({ demandPercent: 100, openPercent: 20, unfilledShare: 0.2 });
  });

  it('gives the scenario’s deltas: one fewer week over, 10 points less unfilled, 20 points more aligned', () => {
    const d = figureDeltas(plan, scenario);
    expect(d.overAllocatedPersonWeeks).toBe(-1);
    expect(d.allocatedShare).toBeCloseTo(0, 9);
    expect(d.developmentShare).toBeCloseTo(0, 9);
    expect(d.unfilledShare).toBeCloseTo(-0.1, 9);
    expect(d.openPercent).toBe(-10);
    expect(d.growthAlignedShare).toBeCloseTo(0.2, 9);
  });

  it('leaves growth out for people whose growth the reader does not see', () => {
    const unseen = planPeople.map((p) => ({ ...p, seesGrowth: false }));
    expect(planFigures(unseen, planNeeds).growthAlignedShare).toBeNull();
    expect(figureDeltas(planFigures(unseen, []), scenarioFigures()).growthAlignedShare).toBeNull();
    // Only Ana seen: her delivery is 8 aligned of 10.
    const anaOnly = planPeople.map((p) => ({ ...p, seesGrowth: p.personId === 'ana' }));
    expect(planFigures(anaOnly, []).growthAlignedShare).toBeCloseTo(0.8, 9);
  });

  function scenarioFigures() {
    return planFigures(scenarioPeople, scenarioNeeds);
  }
});

describe('planFigures: properties', () => {
  const week = fc
    .record({
      capacity: fc.integer({ min: 0, max: 5 }),
      delivery: fc.integer({ min: 0, max: 8 }),
      development: fc.integer({ min: 0, max: 3 }),
    })
    .map(({ capacity, delivery, development }): TimeTotals => ({
      ...emptyTotals(),
      workingDays: 5,
      capacityDays: capacity,
      allocatedDays: delivery + development,
      deliveryDays: delivery,
      developmentDays: development,
    }));
  const people = fc.array(
    fc.record({ personId: fc.uuid(), weeks: fc.array(week, { maxLength: 6 }), seesGrowth: fc.boolean() }),
    { maxLength: 6 },
  );
  const needs = fc.array(
    fc
      .record({
        needId: fc.uuid(),
        percent: fc.integer({ min: 1, max: 100 }),
        filled: fc.integer({ min: 0, max: 150 }),
      })
      .map((n) => ({ needId: n.needId, percent: n.percent, filledPercent: n.filled })),
    { maxLength: 6 },
  );

  it('counts every over-allocated week once, keeps the unfilled share in [0, 1], and compares a plan with itself as 0', () => {
    fc.assert(
      fc.property(people, needs, (ps, ns) => {
        const f = planFigures(ps, ns);
        const over = ps.flatMap((p) => p.weeks).filter((w) => w.capacityDays > 0 && w.allocatedDays > w.capacityDays);
        expect(f.overAllocatedPersonWeeks).toBe(over.length);
        expect(f.overAllocated.every((p) => p.weeks > 0 && p.peakShare > 1)).toBe(true);
        expect(f.unfilledShare).toBeGreaterThanOrEqual(0);
        expect(f.unfilledShare).toBeLessThanOrEqual(1);
        const d = figureDeltas(f, planFigures(ps, ns));
        expect([d.overAllocatedPersonWeeks, d.developmentShare, d.unfilledShare, d.openPercent]).toEqual([0, 0, 0, 0]);
      }),
    );
  });
});
