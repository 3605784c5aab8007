import fc from 'fast-check';
import { addDays } from '../calendar/local-date';
import {
  balanceOf,
  DEFAULT_WORKING_DAYS,
  overAllocatedPeriods,
  personTotals,
  planCalendar,
  sumTotals,
  type AllocationFact,
  type PersonPlan,
  type TimeTotals,
} from './capacity';

const FIVE_DAYS = { workingDays: DEFAULT_WORKING_DAYS };
const plan = (overrides: Partial<PersonPlan> = {}): PersonPlan => ({
  working: FIVE_DAYS,
  allocations: [],
  timeOff: [],
  ...overrides,
});
const work = (overrides: Partial<AllocationFact>): AllocationFact => ({
  start: '2026-03-02',
  end: '2026-03-08',
  percent: 100,
  kind: 'delivery',
  status: 'confirmed',
  ...overrides,
});

describe('capacity per person and week', () => {
  // Worked out by hand: week 2026-W10 runs Monday 2 March to Sunday 8 March 2026.
  //   Sam works Monday to Friday and takes Friday off: 5 working days, 4 days of capacity.
  //   Delivery at 60% all week (it exercises Architecture, which one of his goals grows):
  //     0.6 × 4 days = 2.4 days.
  //   Development at 20% Wednesday to Friday: 0.2 × (Wed + Thu; Fri is off) = 0.4 days.
  //   Support at 20%, tentative, all week: 0.2 × 4 = 0.8 days, counted apart.
  //   Confirmed: 2.8 days of 4 = 70%, which is idle (below 80%); with the tentative, 90%.
  //   Of the confirmed work: delivery 2.4/2.8 = 6/7, development 0.4/2.8 = 1/7 (below the 20%
  //   target by 0.2 − 1/7 = 2/35), all of the delivery growth-aligned.
  it('agrees with a week worked out by hand', () => {
    const calendar = planCalendar('2026-03-02', '2026-03-08');
    const [week] = personTotals(
      calendar,
      plan({
        allocations: [
          work({ percent: 60, competencyKeys: ['architecture'] }),
          work({ percent: 20, kind: 'development', start: '2026-03-04', end: '2026-03-06' }),
          work({ percent: 20, kind: 'support', status: 'tentative' }),
        ],
        timeOff: [{ start: '2026-03-06', end: '2026-03-06', percent: 100 }],
        goalCompetencyKeys: new Set(['architecture']),
      }),
    );
    expect(calendar.periods).toEqual([{ key: '2026-W10', start: '2026-03-02', end: '2026-03-08' }]);
    expect(week.workingDays).toBe(5);
    expect(week.capacityDays).toBe(4);
    expect(week.deliveryDays).toBeCloseTo(2.4);
    expect(week.developmentDays).toBeCloseTo(0.4);
    expect(week.supportDays).toBe(0);
    expect(week.allocatedDays).toBeCloseTo(2.8);
    expect(week.tentativeDays).toBeCloseTo(0.8);
    expect(week.growthAlignedDays).toBeCloseTo(2.4);

    const balance = balanceOf(week, { developmentTarget: 0.2 });
    expect(balance.allocatedShare).toBeCloseTo(0.7);
    expect(balance.plannedShare).toBeCloseTo(0.9);
    expect(balance.deliveryShare).toBeCloseTo(6 / 7);
    expect(balance.developmentShare).toBeCloseTo(1 / 7);
    expect(balance.developmentShortfall).toBeCloseTo(2 / 35);
    expect(balance.growthAlignedShare).toBeCloseTo(1);
    expect(balance).toMatchObject({ idle: true, overAllocated: false, overWithTentative: false, away: false });
  });

  it('counts three working days for a range that starts on a Wednesday', () => {
    const [week] = personTotals(
      planCalendar('2026-03-02', '2026-03-08'),
      plan({ allocations: [work({ start: '2026-03-04' })] }),
    );
    expect(week.allocatedDays).toBe(3);
    expect(balanceOf(week).allocatedShare).toBeCloseTo(0.6);
  });

  it('reads a four-day week and the holiday calendar', () => {
    const [week] = personTotals(
      planCalendar('2026-03-02', '2026-03-08'),
      plan({
        working: { workingDays: [1, 2, 3, 4], holidays: new Set(['2026-03-03', '2026-03-06']) },
        allocations: [work({ percent: 50 })],
      }),
    );
    // Monday, Wednesday, Thursday: Tuesday is a holiday, Friday is not a working day.
    expect(week.workingDays).toBe(3);
    expect(week.capacityDays).toBe(3);
    expect(week.allocatedDays).toBe(1.5);
  });

  it('flags over-allocation on confirmed work only, and tentative work apart', () => {
    const calendar = planCalendar('2026-03-02', '2026-03-15');
    const totals = personTotals(
      calendar,
      plan({
        allocations: [
          work({ end: '2026-03-15', percent: 80 }),
          work({ percent: 40, kind: 'support' }),
          work({ start: '2026-03-09', end: '2026-03-15', percent: 40, status: 'tentative' }),
        ],
      }),
    );
    expect(overAllocatedPeriods(calendar, totals).map((p) => p.key)).toEqual(['2026-W10']);
    expect(balanceOf(totals[0]).allocatedShare).toBeCloseTo(1.2);
    expect(balanceOf(totals[1])).toMatchObject({ overAllocated: false, overWithTentative: true });
  });

  it('calls a week away when time off takes all of it, not over or idle', () => {
    const [week] = personTotals(
      planCalendar('2026-03-02', '2026-03-08'),
      plan({ allocations: [work({})], timeOff: [{ start: '2026-02-20', end: '2026-03-10', percent: 100 }] }),
    );
    expect(balanceOf(week)).toMatchObject({ away: true, overAllocated: false, idle: false, allocatedShare: 0 });
  });

  it('takes half-days off as half the capacity, and work as a share of what is left', () => {
    const [week] = personTotals(
      planCalendar('2026-03-02', '2026-03-08'),
      plan({ allocations: [work({})], timeOff: [{ start: '2026-03-02', end: '2026-03-03', percent: 50 }] }),
    );
    expect(week.capacityDays).toBe(4);
    expect(week.allocatedDays).toBe(4);
    expect(balanceOf(week).allocatedShare).toBe(1);
  });

  it('rolls days up by month and by fiscal quarter, across a leap day and ISO week 53', () => {
    const allocations = [work({ start: '2028-02-28', end: '2028-03-01' })];
    const byMonth = personTotals(planCalendar('2028-02-01', '2028-03-31', { by: 'month' }), plan({ allocations }));
    // Monday 28, Tuesday 29 February; Wednesday 1 March.
    expect(byMonth.map((m) => m.allocatedDays)).toEqual([2, 1]);

    const calendar = planCalendar('2026-12-21', '2027-01-10');
    expect(calendar.periods.map((p) => p.key)).toEqual(['2026-W52', '2026-W53', '2027-W01']);
    const quarters = planCalendar('2026-12-01', '2027-01-31', { by: 'quarter', fiscalStartMonth: 2 });
    expect(quarters.periods).toEqual([{ key: 'FY2027-Q4', start: '2026-12-01', end: '2027-01-31' }]);
  });

  it('refuses a range that ends before it starts', () => {
    expect(() => planCalendar('2026-03-08', '2026-03-02')).toThrow(
      'The range ends (2026-03-02) before it starts (2026-03-08).',
    );
  });
});

describe('capacity properties', () => {
  const day = fc.integer({ min: 0, max: 120 }).map((n) => addDays('2026-01-01', n));
  const allocation = fc
    .record({
      from: day,
      length: fc.integer({ min: 0, max: 60 }),
      percent: fc.integer({ min: 1, max: 100 }),
      kind: fc.constantFrom('delivery' as const, 'development' as const, 'support' as const),
      status: fc.constantFrom('confirmed' as const, 'tentative' as const),
    })
    .map(({ from, length, percent, kind, status }) =>
      work({ start: from, end: addDays(from, length), percent, kind, status }),
    );
  const timeOff = fc
    .record({ from: day, length: fc.integer({ min: 0, max: 10 }), percent: fc.constantFrom(50, 100) })
    .map(({ from, length, percent }) => ({ start: from, end: addDays(from, length), percent }));
  const plans = fc.record({
    allocations: fc.array(allocation, { maxLength: 6 }),
    timeOff: fc.array(timeOff, { maxLength: 3 }),
    workingDays: fc.constantFrom(DEFAULT_WORKING_DAYS, [1, 2, 3, 4] as const),
  });
  const FROM = '2026-01-01';
  const TO = '2026-06-30';
  const total = (list: TimeTotals[]) => sumTotals(list);

  it('gives the same totals whether days are grouped by week, month or quarter', () => {
    fc.assert(
      fc.property(plans, (p) => {
        const person = plan({
          allocations: p.allocations,
          timeOff: p.timeOff,
          working: { workingDays: p.workingDays },
        });
        const weeks = total(personTotals(planCalendar(FROM, TO), person));
        const months = total(personTotals(planCalendar(FROM, TO, { by: 'month' }), person));
        const quarters = total(personTotals(planCalendar(FROM, TO, { by: 'quarter', fiscalStartMonth: 1 }), person));
        for (const other of [months, quarters]) {
          for (const key of Object.keys(weeks) as (keyof TimeTotals)[]) expect(other[key]).toBeCloseTo(weeks[key], 6);
        }
      }),
    );
  });

  it('never gives more capacity than working days, and splits confirmed work into its kinds', () => {
    fc.assert(
      fc.property(plans, (p) => {
        const person = plan({
          allocations: p.allocations,
          timeOff: p.timeOff,
          working: { workingDays: p.workingDays },
        });
        for (const week of personTotals(planCalendar(FROM, TO), person)) {
          expect(week.capacityDays).toBeLessThanOrEqual(week.workingDays + 1e-9);
          expect(week.capacityDays).toBeGreaterThanOrEqual(0);
          expect(week.workingDays).toBeLessThanOrEqual(p.workingDays.length);
          expect(week.deliveryDays + week.developmentDays + week.supportDays).toBeCloseTo(week.allocatedDays, 9);
          expect(week.growthAlignedDays).toBeLessThanOrEqual(week.deliveryDays + 1e-9);
        }
      }),
    );
  });

  it('counts an allocation split in two at any day exactly as the whole', () => {
    fc.assert(
      fc.property(allocation, fc.integer({ min: 0, max: 60 }), (a, cut) => {
        const length = Math.round((Date.parse(a.end) - Date.parse(a.start)) / 86_400_000);
        fc.pre(cut < length);
        const middle = addDays(a.start, cut);
        const whole = total(personTotals(planCalendar(FROM, TO), plan({ allocations: [a] })));
        const halves = total(
          personTotals(
            planCalendar(FROM, TO),
            plan({
              allocations: [
                { ...a, end: middle },
                { ...a, start: addDays(middle, 1) },
              ],
            }),
          ),
        );
        expect(halves.allocatedDays).toBeCloseTo(whole.allocatedDays, 9);
        expect(halves.tentativeDays).toBeCloseTo(whole.tentativeDays, 9);
      }),
    );
  });
});
