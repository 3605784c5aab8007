import fc from 'fast-check';
import { daysBetween } from '../calendar/fiscal-quarter';
import {
  DEFAULT_STALE_GOAL_DAYS,
  goalHealth,
  needsAttention,
  type CheckInConfidence,
  type GoalCheckInFact,
  type GoalHealthInput,
  type GoalHealthState,
  type GoalStatus,
} from './goal-health';

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A goal whose time line is 100 days long, so that day n is n% of the time gone. */
const START = '2027-01-01';
const DUE = addDays(START, 100);
const day = (n: number) => addDays(START, n);

function checkIn(n: number, progress: number, confidence: CheckInConfidence = 'on_track'): GoalCheckInFact {
  return { date: day(n), progress, confidence };
}

function health(today: number, checkIns: GoalCheckInFact[] = [], rest: Partial<GoalHealthInput> = {}) {
  return goalHealth({ status: 'active', startDate: START, dueDate: DUE, checkIns, today: day(today), ...rest });
}

describe('goalHealth', () => {
  it('reads "40% done with 75% of the time gone" as behind', () => {
    expect(health(75, [checkIn(70, 40)])).toEqual({
      state: 'behind',
      progress: 40,
      expectedProgress: 75,
      lastCheckInDate: day(70),
      daysSinceCheckIn: 5,
      stale: false,
      reason: '40% done with 75% of the time gone',
    });
  });

  it('gives on track, behind and off track by how far progress trails the time line', () => {
    expect(health(60, [checkIn(58, 50)]).state).toBe('on_track');
    expect(health(60, [checkIn(58, 45)]).state).toBe('on_track'); // gap 15
    expect(health(60, [checkIn(58, 44)]).state).toBe('behind'); // gap 16
    expect(health(60, [checkIn(58, 25)]).state).toBe('behind'); // gap 35
    expect(health(60, [checkIn(58, 24)]).state).toBe('off_track'); // gap 36
    expect(health(30, [checkIn(28, 90)]).state).toBe('on_track'); // ahead of time
  });

  it('is not started without a check-in in the first quarter of the time line, then behind or off track', () => {
    expect(health(10)).toMatchObject({
      state: 'not_started',
      progress: 0,
      expectedProgress: 10,
      lastCheckInDate: null,
      daysSinceCheckIn: null,
      reason: 'No check-in yet, 10% of the time gone',
    });
    expect(health(24).state).toBe('not_started');
    expect(health(25)).toMatchObject({
      state: 'behind',
      reason: 'No check-in yet with 25% of the time gone; started 25 days ago',
    });
    expect(health(20).reason).toBe('No check-in yet, 20% of the time gone');
    expect(health(36).state).toBe('off_track');
  });

  it("lets the latest check-in's confidence lower the state, never raise it", () => {
    expect(health(60, [checkIn(58, 55, 'at_risk')])).toMatchObject({
      state: 'behind',
      reason: '55% done with 60% of the time gone; unsure at the last check-in',
    });
    expect(health(60, [checkIn(58, 55, 'off_track')]).state).toBe('off_track');
    expect(health(60, [checkIn(58, 10, 'at_risk')]).state).toBe('off_track');
    expect(health(60, [checkIn(40, 10, 'off_track'), checkIn(58, 55, 'on_track')]).state).toBe('on_track');
  });

  it('makes an at-risk goal at least behind', () => {
    expect(health(60, [checkIn(58, 60)], { status: 'at_risk' })).toMatchObject({
      state: 'behind',
      reason: '60% done with 60% of the time gone; marked at risk',
    });
    expect(health(5, [], { status: 'at_risk' }).state).toBe('behind');
    // Marked at risk by a worried check-in: the reason says so once.
    expect(health(60, [checkIn(58, 55, 'at_risk')], { status: 'at_risk' }).reason).toBe(
      '55% done with 60% of the time gone; unsure at the last check-in',
    );
    expect(health(60, [checkIn(58, 0)], { status: 'at_risk' }).state).toBe('off_track');
  });

  it('is overdue the day after its due date, whatever the progress', () => {
    expect(health(100, [checkIn(99, 100)]).state).toBe('on_track');
    expect(health(103, [checkIn(99, 100)])).toMatchObject({
      state: 'overdue',
      expectedProgress: 100,
      reason: `100% done, due ${DUE} (3 days ago)`,
    });
    expect(health(101, [], { status: 'at_risk' }).reason).toBe(
      `0% done, due ${DUE} (1 day ago); marked at risk; no check-in yet`,
    );
  });

  it('gives done, dropped and draft goals their status, never stale', () => {
    for (const status of ['done', 'dropped', 'draft'] as const) {
      const h = health(200, [checkIn(10, 30, 'off_track')], { status });
      expect(h).toMatchObject({ state: status, progress: 30, expectedProgress: 100, stale: false });
      expect(needsAttention(h, status)).toBe(false);
    }
    expect(health(50, [], { status: 'done' }).reason).toBe('Done');
    expect(health(50, [], { status: 'dropped' }).reason).toBe('Dropped');
    expect(health(50, [], { status: 'draft' }).reason).toBe('Draft, not started yet');
  });

  it(`goes stale after ${DEFAULT_STALE_GOAL_DAYS} quiet days, counting from the start without a check-in`, () => {
    expect(health(41, [checkIn(20, 40)]).stale).toBe(false);
    expect(health(42, [checkIn(20, 40)])).toMatchObject({
      stale: true,
      daysSinceCheckIn: 22,
      reason: '40% done with 42% of the time gone; no check-in for 22 days',
    });
    expect(health(21).stale).toBe(false);
    expect(health(22)).toMatchObject({ state: 'not_started', stale: true });
    expect(health(22).reason).toBe('No check-in yet, 22% of the time gone; started 22 days ago');
    expect(health(8, [], { staleAfterDays: 7 }).stale).toBe(true);
    expect(health(8, [], { staleAfterDays: 0, startDate: day(8) }).stale).toBe(false);
  });

  it('takes the latest check-in by date in any order, the later one in the array on a tie', () => {
    const h = health(60, [checkIn(50, 55), checkIn(20, 10, 'off_track'), checkIn(50, 30, 'at_risk'), checkIn(10, 5)]);
    expect(h).toMatchObject({ progress: 30, lastCheckInDate: day(50), daysSinceCheckIn: 10, state: 'behind' });
  });

  it('counts a check-in dated after today as today (time-zone skew)', () => {
    expect(health(50, [checkIn(51, 50)])).toMatchObject({
      daysSinceCheckIn: 0,
      lastCheckInDate: day(51),
      stale: false,
    });
  });

  it('clamps the time line before the start and after the due date', () => {
    expect(health(-5).expectedProgress).toBe(0);
    expect(health(-5).state).toBe('not_started');
    expect(health(-30).stale).toBe(false);
    expect(health(150, [checkIn(90, 90)]).expectedProgress).toBe(100);
  });

  it('rounds the elapsed share to a whole percent', () => {
    const h = goalHealth({
      status: 'active',
      startDate: '2027-01-01',
      dueDate: '2027-01-04',
      checkIns: [],
      today: '2027-01-02',
    });
    expect(h.expectedProgress).toBe(33);
  });

  it('treats a goal due the day it starts as all time gone on that day', () => {
    const input = { status: 'active' as const, startDate: START, dueDate: START, checkIns: [] };
    expect(goalHealth({ ...input, today: addDays(START, -1) }).expectedProgress).toBe(0);
    expect(goalHealth({ ...input, today: START })).toMatchObject({ expectedProgress: 100, state: 'off_track' });
    expect(goalHealth({ ...input, today: addDays(START, 1) }).state).toBe('overdue');
  });

  it('works across a real quarter', () => {
    const h = goalHealth({
      status: 'active',
      startDate: '2026-04-01',
      dueDate: '2026-06-30',
      checkIns: [{ date: '2026-05-15', progress: 50, confidence: 'on_track' }],
      today: '2026-05-16',
    });
    expect(h).toMatchObject({ state: 'on_track', expectedProgress: 50, daysSinceCheckIn: 1 });
  });

  it('refuses malformed input with a message naming the field', () => {
    expect(() => health(10, [], { startDate: '2027-1-1' })).toThrow(
      'Goal startDate is not an ISO date (YYYY-MM-DD): "2027-1-1"',
    );
    expect(() => health(10, [], { dueDate: '2027-02-30' })).toThrow('Goal dueDate is not an ISO date');
    expect(() => health(10, [], { today: '' })).toThrow('Goal today is not an ISO date');
    expect(() => health(10, [checkIn(5, 10), { date: 'yesterday', progress: 1, confidence: 'on_track' }])).toThrow(
      'Goal checkIns[1].date is not an ISO date (YYYY-MM-DD): "yesterday"',
    );
    expect(() => health(10, [], { dueDate: addDays(START, -1) })).toThrow(
      `Goal dueDate ${addDays(START, -1)} is before its startDate ${START}`,
    );
    expect(() => health(10, [checkIn(5, 101)])).toThrow('Goal checkIns[0].progress must be 0-100, got 101');
    expect(() => health(10, [checkIn(5, -1)])).toThrow(RangeError);
    expect(() => health(10, [checkIn(5, Number.NaN)])).toThrow(RangeError);
    expect(() => health(10, [], { staleAfterDays: -1 })).toThrow(
      'staleAfterDays must be a non-negative number, got -1',
    );
    // Even a closed goal refuses bad data: it is a bug upstream, not a state.
    expect(() => health(10, [checkIn(5, 200)], { status: 'done' })).toThrow(RangeError);
  });

  const status = fc.constantFrom<GoalStatus>('draft', 'active', 'at_risk', 'done', 'dropped');
  const activeStatus = fc.constantFrom<GoalStatus>('active', 'at_risk');
  const confidence = fc.constantFrom<CheckInConfidence>('on_track', 'at_risk', 'off_track');
  const arbitraryCheckIn = fc.record({
    date: fc.integer({ min: -20, max: 140 }).map(day),
    progress: fc.integer({ min: 0, max: 100 }),
    confidence,
  });
  const goal = fc.record({
    status,
    startDate: fc.constant(START),
    dueDate: fc.integer({ min: 0, max: 400 }).map(day),
    checkIns: fc.array(arbitraryCheckIn, { maxLength: 6 }),
    today: fc.integer({ min: -30, max: 450 }).map(day),
    staleAfterDays: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
  });
  const SEVERITY: Partial<Record<GoalHealthState, number>> = {
    not_started: 0,
    on_track: 0,
    behind: 1,
    off_track: 2,
    overdue: 3,
  };

  it('keeps expected progress a whole percent that never falls as days pass', () => {
    fc.assert(
      fc.property(goal, fc.integer({ min: 0, max: 200 }), (input, later) => {
        const a = goalHealth(input).expectedProgress;
        const b = goalHealth({ ...input, today: addDays(input.today, later) }).expectedProgress;
        expect(Number.isInteger(a) && a >= 0 && a <= 100).toBe(true);
        expect(b).toBeGreaterThanOrEqual(a);
      }),
    );
  });

  it('reports the latest check-in, whatever the order of check-ins on different days', () => {
    fc.assert(
      fc.property(
        goal.chain((input) => {
          const distinct = input.checkIns.filter((c, i) => input.checkIns.findIndex((o) => o.date === c.date) === i);
          const n = distinct.length;
          return fc.tuple(
            fc.constant({ ...input, checkIns: distinct }),
            fc.shuffledSubarray(distinct, { minLength: n, maxLength: n }),
          );
        }),
        ([input, shuffled]) => {
          const h = goalHealth(input);
          expect(goalHealth({ ...input, checkIns: shuffled })).toEqual(h);
          const latest = [...input.checkIns].sort((x, y) => x.date.localeCompare(y.date)).at(-1);
          expect(h.progress).toBe(latest?.progress ?? 0);
          expect(h.lastCheckInDate).toBe(latest?.date ?? null);
        },
      ),
    );
  });

  it('never gets worse with more progress, and is overdue exactly past the due date', () => {
    fc.assert(
      fc.property(goal, activeStatus, fc.integer({ min: 0, max: 100 }), (input, s, more) => {
        if (input.checkIns.length === 0) return;
        const latest = input.checkIns.reduce((best, c, i) => (c.date >= input.checkIns[best].date ? i : best), 0);
        const raised = input.checkIns.map((c, i) =>
          i === latest ? { ...c, progress: Math.min(100, c.progress + more) } : c,
        );
        const before = goalHealth({ ...input, status: s });
        const after = goalHealth({ ...input, status: s, checkIns: raised });
        expect(SEVERITY[after.state]).toBeLessThanOrEqual(SEVERITY[before.state] ?? NaN);
        expect(before.state === 'overdue').toBe(input.today > input.dueDate);
      }),
    );
  });

  it('gives closed and draft goals their status, and active ones an active state', () => {
    fc.assert(
      fc.property(goal, (input) => {
        const h = goalHealth(input);
        if (input.status === 'active' || input.status === 'at_risk') {
          expect(Object.keys(SEVERITY)).toContain(h.state);
          if (input.status === 'at_risk') expect(SEVERITY[h.state]).toBeGreaterThanOrEqual(1);
        } else {
          expect(h.state).toBe(input.status);
          expect(h.stale).toBe(false);
        }
        expect(h.reason.length).toBeGreaterThan(0);
        expect(h.reason).not.toContain('\n');
      }),
    );
  });

  it('is stale exactly when an active goal has been quiet longer than the limit', () => {
    fc.assert(
      fc.property(goal, (input) => {
        const h = goalHealth(input);
        const active = input.status === 'active' || input.status === 'at_risk';
        const quiet = h.daysSinceCheckIn ?? daysBetween(input.startDate, input.today);
        expect(h.stale).toBe(active && quiet > (input.staleAfterDays ?? DEFAULT_STALE_GOAL_DAYS));
      }),
    );
  });
});

describe('needsAttention', () => {
  it("lists active goals that are behind, off track, overdue or stale on a manager's Home", () => {
    expect(needsAttention(health(75, [checkIn(70, 40)]), 'active')).toBe(true);
    expect(needsAttention(health(60, [checkIn(58, 55, 'off_track')]), 'active')).toBe(true);
    expect(needsAttention(health(101, [checkIn(99, 100)]), 'active')).toBe(true);
    expect(needsAttention(health(30, [checkIn(5, 30)]), 'active')).toBe(true); // on track but stale
    expect(needsAttention(health(60, [checkIn(58, 60)], { status: 'at_risk' }), 'at_risk')).toBe(true);
  });

  it('leaves out goals on track or not started yet', () => {
    expect(needsAttention(health(60, [checkIn(58, 55)]), 'active')).toBe(false);
    expect(needsAttention(health(10), 'active')).toBe(false);
  });

  it('follows its rule for any goal', () => {
    fc.assert(
      fc.property(
        fc.record({
          status: fc.constantFrom<GoalStatus>('draft', 'active', 'at_risk', 'done', 'dropped'),
          today: fc.integer({ min: -10, max: 130 }),
          progress: fc.integer({ min: 0, max: 100 }),
          confidence: fc.constantFrom<CheckInConfidence>('on_track', 'at_risk', 'off_track'),
          checkedIn: fc.boolean(),
        }),
        ({ status, today, progress, confidence, checkedIn }) => {
          const h = health(today, checkedIn ? [checkIn(Math.max(0, today - 3), progress, confidence)] : [], { status });
          const flagged = h.state === 'behind' || h.state === 'off_track' || h.state === 'overdue' || h.stale;
          expect(needsAttention(h, status)).toBe((status === 'active' || status === 'at_risk') && flagged);
        },
      ),
    );
  });
});
