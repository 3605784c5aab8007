import { BELOW_EXPECTATIONS_KEY, type Framework } from '../framework/types';
import type { AssessmentSource, RatingRecord } from '../growth/ratings';
import { promotionReadiness } from '../growth/readiness';
import { emptyTotals, type TimeTotals } from '../staffing/capacity';
import {
  reviewPacket,
  teamReviewFigures,
  type PacketEvidenceFact,
  type PacketGoalFact,
  type PacketInput,
  type ReviewPacket,
} from './packet';

/*
 * A small framework: one track of three levels (Engineer 1, Senior Engineer 2, Staff Engineer 3
 * on the rating scale; below expectations is 0) and three active competencies, Code quality and
 * Testing in Craft, Communication in People; Mentoring is retired and never appears.
 */
const sentences = { engineer: 'Does it.', senior: 'Does it well.', staff: 'Teaches it.' };
const framework: Framework = {
  name: 'Test framework',
  belowExpectations: { key: BELOW_EXPECTATIONS_KEY, name: 'Below expectations', summary: 'Not yet.' },
  tracks: [
    {
      key: 'ic',
      name: 'Individual contributor',
      levels: [
        { key: 'engineer', name: 'Engineer', summary: 'Delivers.' },
        { key: 'senior', name: 'Senior Engineer', summary: 'Leads work.' },
        { key: 'staff', name: 'Staff Engineer', summary: 'Leads teams.' },
      ],
    },
  ],
  areas: [
    {
      key: 'craft',
      name: 'Craft',
      description: 'How the work is done.',
      competencies: [
        { key: 'code_quality', name: 'Code quality', description: '', expectations: sentences },
        { key: 'testing', name: 'Testing', description: '', expectations: sentences },
      ],
    },
    {
      key: 'people',
      name: 'People',
      description: 'How people work together.',
      competencies: [
        { key: 'communication', name: 'Communication', description: '', expectations: sentences },
        { key: 'mentoring', name: 'Mentoring', description: '', expectations: sentences, retired: true },
      ],
    },
  ],
};

const senior = { trackKey: 'ic', levelKey: 'senior' };
/** FY2027 begins in April 2026: its first quarter is April to June, the one before January to March. */
const quarter = { key: 'FY2027-Q1', start: '2026-04-01', end: '2026-06-30' };
const previousQuarterKey = 'FY2026-Q4';

function rating(
  competencyKey: string,
  quarterKey: string,
  ratingKey: string,
  source: AssessmentSource = 'manager',
): RatingRecord {
  return { personId: 'sam', competencyKey, quarter: quarterKey, source, ratingKey };
}

function goal(fact: Partial<PacketGoalFact> & Pick<PacketGoalFact, 'id' | 'status'>): PacketGoalFact {
  return { title: fact.id, competencyKeys: [], doneOn: null, checkIns: [], ...fact };
}

function item(fact: Partial<PacketEvidenceFact> & Pick<PacketEvidenceFact, 'id' | 'date'>): PacketEvidenceFact {
  return {
    title: fact.id,
    kind: 'note',
    competencyKeys: [],
    incidentRole: null,
    incidentSeverity: null,
    fromStaffing: false,
    ...fact,
  };
}

function totals(days: Partial<TimeTotals>): TimeTotals {
  return { ...emptyTotals(), ...days };
}

/** A quarter with nothing in it. */
function input(overrides: Partial<PacketInput> = {}): PacketInput {
  return {
    framework,
    person: senior,
    quarter,
    previousQuarterKey,
    ratings: [],
    goals: [],
    evidence: [],
    oneOnOnes: { cadence: null, actionItems: [] },
    time: { totals: emptyTotals(), developmentTarget: 0.2, stretch: [] },
    readiness: { now: { share: 0, nextLevelName: 'Staff Engineer' }, before: null },
    ...overrides,
  };
}

/*
 * Sam, Senior Engineer (position 2), in FY2027-Q1 (2026-04-01 .. 2026-06-30), worked out by hand.
 *
 * Ratings (manager | self), previous quarter FY2026-Q4 -> this quarter FY2027-Q1:
 *   Code quality   manager engineer(1) -> staff(3): change +2, gap 3-2 = +1 (above)
 *                  self    senior(2)   -> senior(2): change 0
 *   Testing        manager staff(3)    -> engineer(1): change -2, gap 1-2 = -1 (below)
 *                  self    none        -> senior(2): change null; self 2 > manager 1
 *   Communication  manager senior(2)   -> senior, then staff (the later record wins) = staff(3):
 *                  change +1, gap +1 (above); a FY2026-Q3 rating is not read
 *                  self    senior(2)   -> staff(3): change +1; self 3 = manager 3
 *   Mentoring is retired: its rating is no row.
 *   Summary: rated 3, improved 2, declined 1, below 1, above 2, self above manager 1.
 *   Readiness for Staff Engineer (position 3), met by manager ratings >= 3:
 *   before 1 of 3 (Testing), now 2 of 3 (Code quality, Communication): change +1/3.
 *
 * Goals:
 *   Ship the search rewrite: done 2026-05-20 -> finished; check-ins 03-20 (40), 04-15 (70),
 *     05-18 (100, on track): progress 100, 2 this quarter, latest confidence on track.
 *   Learn Rust: done 2026-03-10, before the quarter -> not counted anywhere.
 *   Mentor two new joiners: active; check-ins 03-25 (10), 05-02 (30), 06-12 (35, off track):
 *     progress 35, 2 this quarter, at risk by its latest check-in of the quarter.
 *   finished 1, active 1, at risk 1, dropped 0.
 *
 * Evidence (4 items, 3 in the quarter):
 *   Search design doc      04-14  Code quality + Testing  -> counts under both
 *   Checkout outage review 05-05  Communication, incident (commander, sev2)
 *   Search rewrite sprint  06-20  no competency, from staffing
 *   Meetup talk            03-28  outside the quarter
 *   total 3; Code quality 1, Testing 1, Communication 1; unlinked 1; 1 incident; from staffing 1.
 *
 * One-on-ones: biweekly, 6 expected in 91 days, 5 held: kept (5 >= 0.75 x 6 = 4.5).
 *   Action items: done 05-10 (counts), done 03-30 (before: not), open due 06-01 (overdue),
 *   open due 07-15 (not yet), open without a due day (never overdue): done 1, overdue 1.
 *
 * Time: capacity 60 days, 50 allocated: delivery 40, development 5, support 5; 10 of the
 *   delivery days growth-aligned.
 *   delivery 40/50 = 0.8, development 5/50 = 0.1, support 5/50 = 0.1, growth-aligned 10/40 = 0.25,
 *   shortfall 0.2 - 0.1 = 0.1: target not met.
 *
 * Highlights: ratings rose in 2; 1 below the level; 1 goal finished; development below the 20%
 *   target; 1 action item overdue (the cadence was kept: no line).
 */
const samInput: PacketInput = input({
  ratings: [
    rating('code_quality', 'FY2026-Q4', 'engineer'),
    rating('code_quality', 'FY2027-Q1', 'staff'),
    rating('testing', 'FY2026-Q4', 'staff'),
    rating('testing', 'FY2027-Q1', 'engineer'),
    rating('communication', 'FY2026-Q3', BELOW_EXPECTATIONS_KEY),
    rating('communication', 'FY2026-Q4', 'senior'),
    rating('communication', 'FY2027-Q1', 'senior'),
    rating('communication', 'FY2027-Q1', 'staff'),
    rating('mentoring', 'FY2027-Q1', 'staff'),
    rating('code_quality', 'FY2026-Q4', 'senior', 'self'),
    rating('code_quality', 'FY2027-Q1', 'senior', 'self'),
    rating('testing', 'FY2027-Q1', 'senior', 'self'),
    rating('communication', 'FY2026-Q4', 'senior', 'self'),
    rating('communication', 'FY2027-Q1', 'staff', 'self'),
  ],
  goals: [
    goal({
      id: 'g1',
      title: 'Ship the search rewrite',
      status: 'done',
      doneOn: '2026-05-20',
      checkIns: [
        { date: '2026-03-20', progress: 40, confidence: 'on_track' },
        { date: '2026-05-18', progress: 100, confidence: 'on_track' },
        { date: '2026-04-15', progress: 70, confidence: 'at_risk' },
      ],
    }),
    goal({ id: 'g2', title: 'Learn Rust', status: 'done', doneOn: '2026-03-10' }),
    goal({
      id: 'g3',
      title: 'Mentor two new joiners',
      status: 'active',
      checkIns: [
        { date: '2026-03-25', progress: 10, confidence: 'on_track' },
        { date: '2026-05-02', progress: 30, confidence: 'on_track' },
        { date: '2026-06-12', progress: 35, confidence: 'off_track' },
      ],
    }),
  ],
  evidence: [
    item({
      id: 'e1',
      title: 'Checkout outage review',
      date: '2026-05-05',
      kind: 'incident',
      competencyKeys: ['communication'],
      incidentRole: 'commander',
      incidentSeverity: 'sev2',
    }),
    item({ id: 'e2', title: 'Search design doc', date: '2026-04-14', competencyKeys: ['code_quality', 'testing'] }),
    item({ id: 'e3', title: 'Search rewrite sprint', date: '2026-06-20', fromStaffing: true }),
    item({ id: 'e4', title: 'Meetup talk', date: '2026-03-28', competencyKeys: ['communication'] }),
  ],
  oneOnOnes: {
    cadence: { expected: 6, held: 5, kept: true },
    actionItems: [
      { done: true, doneOn: '2026-05-10', dueOn: '2026-05-15' },
      { done: true, doneOn: '2026-03-30', dueOn: null },
      { done: false, doneOn: null, dueOn: '2026-06-01' },
      { done: false, doneOn: null, dueOn: '2026-07-15' },
      { done: false, doneOn: null, dueOn: null },
    ],
  },
  time: {
    totals: totals({
      workingDays: 63,
      capacityDays: 60,
      allocatedDays: 50,
      tentativeDays: 2,
      deliveryDays: 40,
      developmentDays: 5,
      supportDays: 5,
      growthAlignedDays: 10,
    }),
    developmentTarget: 0.2,
    stretch: [
      { projectName: 'Payments API', goalTitles: ['Mentor two new joiners'], from: '2026-05-04', to: '2026-06-26' },
      { projectName: 'Search', goalTitles: ['Ship the search rewrite'], from: '2026-04-01', to: '2026-05-20' },
    ],
  },
  readiness: { now: { share: 2 / 3, nextLevelName: 'Staff Engineer' }, before: { share: 1 / 3 } },
});

describe('reviewPacket', () => {
  it("computes Sam's quarter as worked out by hand", () => {
    const packet = reviewPacket(samInput);

    expect(packet.ratings).toEqual([
      {
        competencyKey: 'code_quality',
        competencyName: 'Code quality',
        areaName: 'Craft',
        self: { now: 'senior', before: 'senior', change: 0 },
        manager: { now: 'staff', before: 'engineer', change: 2 },
        gapToLevel: 1,
      },
      {
        competencyKey: 'testing',
        competencyName: 'Testing',
        areaName: 'Craft',
        self: { now: 'senior', before: null, change: null },
        manager: { now: 'engineer', before: 'staff', change: -2 },
        gapToLevel: -1,
      },
      {
        competencyKey: 'communication',
        competencyName: 'Communication',
        areaName: 'People',
        self: { now: 'staff', before: 'senior', change: 1 },
        manager: { now: 'staff', before: 'senior', change: 1 },
        gapToLevel: 1,
      },
    ]);
    expect(packet.ratingSummary).toEqual({
      rated: 3,
      improved: 2,
      declined: 1,
      belowLevel: 1,
      aboveLevel: 2,
      selfAboveManager: 1,
    });

    expect(packet.goals).toEqual({
      finished: [
        {
          id: 'g1',
          title: 'Ship the search rewrite',
          status: 'done',
          progress: 100,
          checkInsThisQuarter: 2,
          latestConfidence: 'on_track',
        },
      ],
      active: [
        {
          id: 'g3',
          title: 'Mentor two new joiners',
          status: 'active',
          progress: 35,
          checkInsThisQuarter: 2,
          latestConfidence: 'off_track',
        },
      ],
      atRisk: 1,
      dropped: 0,
    });

    expect(packet.evidence).toEqual({
      total: 3,
      byCompetency: [
        { competencyKey: 'code_quality', competencyName: 'Code quality', count: 1, titles: ['Search design doc'] },
        { competencyKey: 'testing', competencyName: 'Testing', count: 1, titles: ['Search design doc'] },
        {
          competencyKey: 'communication',
          competencyName: 'Communication',
          count: 1,
          titles: ['Checkout outage review'],
        },
      ],
      unlinked: 1,
      incidents: [{ title: 'Checkout outage review', role: 'commander', severity: 'sev2' }],
      fromStaffing: 1,
    });

    expect(packet.oneOnOnes).toEqual({ held: 5, expected: 6, kept: true, actionItemsDone: 1, actionItemsOverdue: 1 });

    const { stretch, ...shares } = packet.time;
    expect(shares.deliveryShare).toBeCloseTo(0.8, 12);
    expect(shares.developmentShare).toBeCloseTo(0.1, 12);
    expect(shares.supportShare).toBeCloseTo(0.1, 12);
    expect(shares.growthAlignedShare).toBeCloseTo(0.25, 12);
    expect(shares.developmentShortfall).toBeCloseTo(0.1, 12);
    expect(shares).toMatchObject({ developmentTarget: 0.2, allocatedDays: 50, capacityDays: 60, meetsTarget: false });
    expect(stretch.map((s) => s.projectName)).toEqual(['Search', 'Payments API']);
    expect(stretch[0]).toEqual({
      projectName: 'Search',
      goalTitles: ['Ship the search rewrite'],
      from: '2026-04-01',
      to: '2026-05-20',
    });

    expect(packet.readiness.now).toBeCloseTo(2 / 3, 12);
    expect(packet.readiness.before).toBeCloseTo(1 / 3, 12);
    expect(packet.readiness.change).toBeCloseTo(1 / 3, 12);
    expect(packet.readiness.nextLevelName).toBe('Staff Engineer');

    expect(packet.highlights).toEqual([
      'Manager ratings rose in 2 competencies.',
      "1 competency is rated below the level's expectation.",
      'Finished 1 goal.',
      'Development time below the 20% target.',
      '1 action item overdue.',
    ]);
  });

  it('agrees with promotionReadiness on the readiness the hand case passes in', () => {
    const now = Object.fromEntries(reviewPacket(samInput).ratings.map((r) => [r.competencyKey, r.manager.now ?? '']));
    const before = Object.fromEntries(
      reviewPacket(samInput).ratings.map((r) => [r.competencyKey, r.manager.before ?? '']),
    );
    expect(promotionReadiness(framework, senior, now).share).toBeCloseTo(2 / 3, 12);
    expect(promotionReadiness(framework, senior, before).share).toBeCloseTo(1 / 3, 12);
  });

  it('gives a null change and gap for keys off the scale, without throwing', () => {
    const ratings = [
      rating('code_quality', 'FY2026-Q4', 'engineer'),
      rating('code_quality', 'FY2027-Q1', 'wizard'),
      rating('code_quality', 'FY2026-Q4', 'tech_lead', 'self'),
      rating('code_quality', 'FY2027-Q1', 'engineer', 'self'),
      rating('testing', 'FY2026-Q4', 'engineer'),
      rating('testing', 'FY2027-Q1', BELOW_EXPECTATIONS_KEY),
    ];
    const packet = reviewPacket(input({ ratings }));
    expect(packet.ratings[0].manager).toEqual({ now: 'wizard', before: 'engineer', change: null });
    expect(packet.ratings[0].self).toEqual({ now: 'engineer', before: 'tech_lead', change: null });
    expect(packet.ratings[0].gapToLevel).toBeNull();
    // below expectations is on every scale, at 0
    expect(packet.ratings[1].manager.change).toBe(-1);
    expect(packet.ratings[1].gapToLevel).toBe(-2);
    expect(packet.ratingSummary).toEqual({
      rated: 2,
      improved: 0,
      declined: 1,
      belowLevel: 1,
      aboveLevel: 0,
      selfAboveManager: 0,
    });

    // A level or track the framework no longer has: nothing is on the scale, nothing throws.
    const unknownLevel = reviewPacket(input({ ratings, person: { trackKey: 'ic', levelKey: 'principal' } }));
    expect(unknownLevel.ratings.map((r) => r.gapToLevel)).toEqual([null, null, null]);
    expect(unknownLevel.ratings[1].manager.change).toBe(-1);
    const unknownTrack = reviewPacket(input({ ratings, person: { trackKey: 'management', levelKey: 'senior' } }));
    expect(unknownTrack.ratings.map((r) => r.manager.change)).toEqual([null, null, null]);
    expect(unknownTrack.ratingSummary).toMatchObject({ rated: 2, improved: 0, declined: 0, belowLevel: 0 });
  });

  it('writes highlights in the singular and the plural', () => {
    const packet = reviewPacket(
      input({
        ratings: [
          rating('code_quality', 'FY2026-Q4', 'engineer'),
          rating('code_quality', 'FY2027-Q1', 'senior'),
          rating('testing', 'FY2027-Q1', 'engineer'),
          rating('communication', 'FY2027-Q1', BELOW_EXPECTATIONS_KEY),
        ],
        goals: [
          goal({ id: 'a', status: 'done', doneOn: '2026-04-10' }),
          goal({ id: 'b', status: 'done', doneOn: '2026-06-10' }),
        ],
        oneOnOnes: {
          cadence: { expected: 6, held: 2, kept: false },
          actionItems: [
            { done: false, doneOn: null, dueOn: '2026-04-02' },
            { done: false, doneOn: null, dueOn: '2026-05-02' },
          ],
        },
        time: {
          totals: totals({ capacityDays: 60, allocatedDays: 40, deliveryDays: 40 }),
          developmentTarget: 0.2,
          stretch: [],
        },
      }),
    );
    expect(packet.highlights).toEqual([
      'Manager ratings rose in 1 competency.',
      "2 competencies are rated below the level's expectation.",
      'Finished 2 goals.',
      'No development time this quarter.',
      'One-on-ones fell behind the cadence (2 of 6).',
      '2 action items overdue.',
    ]);
  });

  it('writes no highlight when nothing calls for one, and none on development without allocated work', () => {
    const empty = reviewPacket(input());
    expect(empty.highlights).toEqual([]);
    expect(empty.oneOnOnes).toEqual({ held: 0, expected: 0, kept: null, actionItemsDone: 0, actionItemsOverdue: 0 });
    expect(empty.time.meetsTarget).toBe(false);
    expect(empty.readiness).toEqual({ now: 0, nextLevelName: 'Staff Engineer', before: null, change: null });

    const onTarget = reviewPacket(
      input({
        time: {
          totals: totals({ capacityDays: 60, allocatedDays: 50, deliveryDays: 40, developmentDays: 10 }),
          developmentTarget: 0.2,
          stretch: [],
        },
      }),
    );
    expect(onTarget.time.meetsTarget).toBe(true);
    expect(onTarget.highlights).toEqual([]);

    const oddTarget = reviewPacket(
      input({
        time: {
          totals: totals({ capacityDays: 60, allocatedDays: 50, deliveryDays: 45, developmentDays: 5 }),
          developmentTarget: 0.125,
          stretch: [],
        },
      }),
    );
    expect(oddTarget.highlights).toEqual(['Development time below the 12.5% target.']);
  });

  it('ignores drafts', () => {
    const draft = goal({
      id: 'draft',
      status: 'draft',
      doneOn: '2026-05-01',
      checkIns: [{ date: '2026-05-01', progress: 10, confidence: 'off_track' }],
    });
    const packet = reviewPacket(input({ goals: [draft] }));
    expect(packet.goals).toEqual({ finished: [], active: [], atRisk: 0, dropped: 0 });
  });

  it('counts at-risk and dropped goals by the quarter', () => {
    const packet = reviewPacket(
      input({
        goals: [
          goal({ id: 'marked', status: 'at_risk' }),
          goal({
            id: 'recovered',
            status: 'active',
            checkIns: [
              { date: '2026-04-10', progress: 20, confidence: 'off_track' },
              { date: '2026-05-10', progress: 50, confidence: 'on_track' },
            ],
          }),
          goal({
            id: 'worried-last-quarter',
            status: 'active',
            checkIns: [{ date: '2026-03-10', progress: 20, confidence: 'at_risk' }],
          }),
          goal({
            id: 'unsure',
            status: 'active',
            checkIns: [{ date: '2026-06-01', progress: 60, confidence: 'at_risk' }],
          }),
          goal({ id: 'dropped-now', status: 'dropped', doneOn: '2026-05-01' }),
          goal({ id: 'dropped-before', status: 'dropped', doneOn: '2026-03-31' }),
        ],
      }),
    );
    expect(packet.goals.active.map((g) => g.id)).toEqual(['marked', 'recovered', 'worried-last-quarter', 'unsure']);
    expect(packet.goals.active.map((g) => g.progress)).toEqual([null, 50, 20, 60]);
    expect(packet.goals.active.map((g) => g.checkInsThisQuarter)).toEqual([0, 2, 0, 1]);
    expect(packet.goals.active.map((g) => g.latestConfidence)).toEqual([null, 'on_track', 'at_risk', 'at_risk']);
    expect(packet.goals.atRisk).toBe(2);
    expect(packet.goals.dropped).toBe(1);
  });

  it("counts the quarter's first and last day, not the days either side", () => {
    const days = ['2026-03-31', '2026-04-01', '2026-06-30', '2026-07-01'];
    const packet = reviewPacket(
      input({
        evidence: days.map((date) => item({ id: date, date, competencyKeys: ['testing'] })),
        goals: days.map((doneOn) => goal({ id: doneOn, status: 'done', doneOn })),
        oneOnOnes: {
          cadence: null,
          actionItems: [
            ...days.map((doneOn) => ({ done: true, doneOn, dueOn: null })),
            { done: false, doneOn: null, dueOn: '2026-06-29' },
            { done: false, doneOn: null, dueOn: '2026-06-30' },
          ],
        },
      }),
    );
    expect(packet.evidence.total).toBe(2);
    expect(packet.evidence.byCompetency).toEqual([
      { competencyKey: 'testing', competencyName: 'Testing', count: 2, titles: ['2026-04-01', '2026-06-30'] },
    ]);
    expect(packet.goals.finished.map((g) => g.id)).toEqual(['2026-04-01', '2026-06-30']);
    expect(packet.oneOnOnes.actionItemsDone).toBe(2);
    // Due on the last day is not overdue as of that day; due the day before is.
    expect(packet.oneOnOnes.actionItemsOverdue).toBe(1);
  });

  it('lists evidence on retired competencies, drops unknown keys and counts a repeated key once', () => {
    const packet = reviewPacket(
      input({
        evidence: [
          item({ id: 'b', title: 'Later', date: '2026-05-02', competencyKeys: ['mentoring', 'testing', 'testing'] }),
          item({ id: 'a', title: 'Earlier', date: '2026-04-20', competencyKeys: ['testing', 'gone'] }),
        ],
      }),
    );
    expect(packet.evidence.byCompetency).toEqual([
      { competencyKey: 'testing', competencyName: 'Testing', count: 2, titles: ['Earlier', 'Later'] },
      { competencyKey: 'mentoring', competencyName: 'Mentoring', count: 1, titles: ['Later'] },
    ]);
    expect(packet.evidence).toMatchObject({ total: 2, unlinked: 0, incidents: [], fromStaffing: 0 });
  });

  it('refuses a quarter that ends before it starts or is not made of ISO days', () => {
    expect(() => reviewPacket(input({ quarter: { ...quarter, end: '2026-03-31' } }))).toThrow(RangeError);
    expect(() => reviewPacket(input({ quarter: { ...quarter, start: '1/4/2026' } }))).toThrow(RangeError);
  });
});

describe('teamReviewFigures', () => {
  it('rolls up two packets, averaging development over the people with allocated work', () => {
    const sam = reviewPacket(samInput);
    const away: ReviewPacket = reviewPacket(
      input({
        ratings: [rating('testing', 'FY2026-Q4', 'engineer'), rating('testing', 'FY2027-Q1', 'senior')],
        oneOnOnes: { cadence: { expected: 6, held: 6, kept: true }, actionItems: [] },
      }),
    );
    // Sam: development 0.1, not on target, 1 goal finished, ratings +2 / -1, cadence kept.
    // The other person: no allocated work (left out of the average), rating +1, cadence kept.
    const figures = teamReviewFigures([sam, away]);
    expect(figures.averageDevelopmentShare).toBeCloseTo(0.1, 12);
    expect(figures).toEqual({
      people: 2,
      averageDevelopmentShare: figures.averageDevelopmentShare,
      meetingTarget: 0,
      goalsFinished: 1,
      ratingsImproved: 3,
      ratingsDeclined: 1,
      oneOnOnesKept: 2,
    });

    const onTarget = reviewPacket(
      input({
        time: {
          totals: totals({ capacityDays: 60, allocatedDays: 50, deliveryDays: 35, developmentDays: 15 }),
          developmentTarget: 0.2,
          stretch: [],
        },
      }),
    );
    // (0.1 + 0.3) / 2 = 0.2; the person without a cadence is not counted as kept.
    const withTarget = teamReviewFigures([sam, onTarget]);
    expect(withTarget.averageDevelopmentShare).toBeCloseTo(0.2, 12);
    expect(withTarget).toMatchObject({ people: 2, meetingTarget: 1, oneOnOnesKept: 1 });
  });

  it('is all zeros for no packets', () => {
    expect(teamReviewFigures([])).toEqual({
      people: 0,
      averageDevelopmentShare: 0,
      meetingTarget: 0,
      goalsFinished: 0,
      ratingsImproved: 0,
      ratingsDeclined: 0,
      oneOnOnesKept: 0,
    });
  });
});
