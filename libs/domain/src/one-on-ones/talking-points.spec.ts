import fc from 'fast-check';
import { suggestTalkingPoints, TalkingPointFacts } from './talking-points';

const base: TalkingPointFacts = { today: '2026-12-04', personName: 'Sam', staleAfterDays: 21 };

describe('suggestTalkingPoints', () => {
  it('suggests nothing when nothing calls for it', () => {
    expect(
      suggestTalkingPoints({
        ...base,
        goals: [{ id: 'g1', title: 'Lead a design review', lastCheckInDate: '2026-11-30', startDate: '2026-10-01' }],
        actionItems: [{ id: 'a1', text: 'Draft RFC', ownerName: 'Sam', dueDate: '2026-12-10', done: false }],
        selfAssessment: { quarterLabel: 'Q4 2026', quarterKey: '2026-Q4', quarterEnd: '2026-12-31', done: true },
      }),
    ).toEqual([]);
  });

  it('turns every signal into one point, the most pressing first', () => {
    const points = suggestTalkingPoints({
      ...base,
      goals: [
        { id: 'g1', title: 'Lead a design review', lastCheckInDate: '2026-11-01', startDate: '2026-09-01' },
        { id: 'g2', title: 'Mentor a new hire', lastCheckInDate: null, startDate: '2026-10-15' },
      ],
      actionItems: [
        { id: 'a1', text: 'Draft RFC', ownerName: 'Sam', dueDate: '2026-12-01', done: false },
        { id: 'a2', text: 'Book the course', ownerName: 'Maya', dueDate: '2026-11-20', done: true },
      ],
      selfAssessment: { quarterLabel: 'Q4 2026', quarterKey: '2026-Q4', quarterEnd: '2026-12-20', done: false },
      disagreements: [
        {
          competencyKey: 'design',
          competencyName: 'Robust design',
          quarterKey: '2026-Q3',
          selfLabel: 'Senior',
          managerLabel: 'Engineer',
        },
      ],
      overAllocation: { weeks: ['2026-W49', '2026-W50'], peakPercent: 130 },
      developmentDrought: { from: '2026-W45', to: '2026-W49', weeks: 5 },
      stretches: [
        {
          allocationId: 'x1',
          projectName: 'Refunds API',
          goalTitle: 'Own an architecture decision',
          endDate: '2027-01-29',
        },
        { allocationId: 'x2', projectName: 'Old work', goalTitle: 'Finished', endDate: '2026-11-01' },
      ],
    });
    expect(points.map((p) => p.key)).toEqual([
      'overdue_action:a1',
      'over_allocated:2026-W49',
      'missing_self_assessment:2026-Q4',
      'stale_goal:g1',
      'stale_goal:g2',
      'rating_disagreement:2026-Q3:design',
      'no_development_time:2026-W45',
      'stretch_assignment:x1',
    ]);
    const byKey = Object.fromEntries(points.map((p) => [p.key, p]));
    expect(byKey['overdue_action:a1'].reason).toBe("Sam's action item was due 3 days ago.");
    expect(byKey['over_allocated:2026-W49'].text).toBe('Workload: Sam is planned above 100% in weeks 49–50');
    expect(byKey['over_allocated:2026-W49'].reason).toBe('The staffing plan puts Sam at up to 130% in 2 weeks.');
    expect(byKey['missing_self_assessment:2026-Q4'].reason).toBe(
      'Sam has not rated themselves yet and Q4 2026 ends in 16 days.',
    );
    expect(byKey['stale_goal:g1'].reason).toBe('No check-in on this goal for 33 days.');
    expect(byKey['stale_goal:g2'].reason).toBe('This goal has had no check-in since it was set 50 days ago.');
    expect(byKey['rating_disagreement:2026-Q3:design'].text).toBe(
      'Talk through Robust design: rated Senior (self) and Engineer (manager)',
    );
    expect(byKey['no_development_time:2026-W45'].reason).toBe('Sam has no development time from weeks 45–49.');
  });

  it('asks for the self-assessment only in the last three weeks of the quarter', () => {
    const facts = (today: string): TalkingPointFacts => ({
      ...base,
      today,
      selfAssessment: { quarterLabel: 'Q4 2026', quarterKey: '2026-Q4', quarterEnd: '2026-12-31', done: false },
    });
    expect(suggestTalkingPoints(facts('2026-12-10'))).toEqual([]);
    expect(suggestTalkingPoints(facts('2026-12-11')).map((p) => p.signal)).toEqual(['missing_self_assessment']);
    expect(suggestTalkingPoints(facts('2026-12-31')).map((p) => p.reason)).toEqual([
      'Sam has not rated themselves yet and Q4 2026 ends in 0 days.',
    ]);
  });

  it('counts a goal as stale only after the stale period', () => {
    const goal = { id: 'g', title: 'G', lastCheckInDate: '2026-11-13', startDate: '2026-01-01' };
    expect(suggestTalkingPoints({ ...base, goals: [goal] })).toEqual([]); // 21 days
    expect(suggestTalkingPoints({ ...base, goals: [{ ...goal, lastCheckInDate: '2026-11-12' }] })).toHaveLength(1);
  });

  it('leaves out what is already on the agenda or was dismissed for the meeting', () => {
    const facts: TalkingPointFacts = {
      ...base,
      actionItems: [{ id: 'a1', text: 'Draft RFC', ownerName: 'Sam', dueDate: '2026-12-01', done: false }],
      overAllocation: { weeks: ['2026-W49'], peakPercent: 110 },
    };
    expect(suggestTalkingPoints(facts)).toHaveLength(2);
    const left = suggestTalkingPoints({ ...facts, excludedKeys: ['overdue_action:a1'] });
    expect(left.map((p) => p.text)).toEqual(['Workload: Sam is planned above 100% in week 49']);
  });

  it('never repeats a key and never returns an excluded one (property)', () => {
    const day = fc.integer({ min: 1, max: 28 }).map((d) => `2026-11-${String(d).padStart(2, '0')}`);
    const item = fc.record({
      id: fc.constantFrom('a', 'b', 'c'),
      text: fc.string(),
      ownerName: fc.constant('Sam'),
      dueDate: fc.option(day, { nil: null }),
      done: fc.boolean(),
    });
    const goal = fc.record({
      id: fc.constantFrom('g1', 'g2'),
      title: fc.string(),
      lastCheckInDate: fc.option(day, { nil: null }),
      startDate: fc.constant('2026-01-01'),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(item, { selector: (i) => i.id }),
        fc.uniqueArray(goal, { selector: (g) => g.id }),
        fc.subarray(['overdue_action:a', 'overdue_action:b', 'stale_goal:g1']),
        (actionItems, goals, excludedKeys) => {
          const points = suggestTalkingPoints({ ...base, actionItems, goals, excludedKeys });
          const keys = points.map((p) => p.key);
          expect(new Set(keys).size).toBe(keys.length);
          for (const key of excludedKeys) expect(keys).not.toContain(key);
          const overdue = actionItems.filter((i) => !i.done && i.dueDate !== null && i.dueDate < base.today);
          expect(points.filter((p) => p.signal === 'overdue_action')).toHaveLength(
            overdue.filter((i) => !excludedKeys.includes(`overdue_action:${i.id}`)).length,
          );
        },
      ),
    );
  });
});
