import type { ReviewPacket } from './packet';
import { teamReport, type TeamReportPerson } from './team-report';

const rating = (competencyName: string, areaName: string, gapToLevel: number | null) => ({
  competencyKey: competencyName.toLowerCase(),
  competencyName,
  areaName,
  self: { now: null, before: null, change: null },
  manager: { now: null, before: null, change: null },
  gapToLevel,
});

function packet(over: {
  ratings?: ReturnType<typeof rating>[];
  improved?: number;
  developmentShare?: number;
  allocatedDays?: number;
  finished?: number;
  atRisk?: number;
  kept?: boolean | null;
  stale?: number;
}): ReviewPacket {
  return {
    ratings: over.ratings ?? [],
    ratingSummary: {
      rated: 0,
      improved: over.improved ?? 0,
      declined: 0,
      belowLevel: 0,
      aboveLevel: 0,
      selfAboveManager: 0,
    },
    goals: {
      finished: Array.from({ length: over.finished ?? 0 }, (_, i) => ({
        id: `g${i}`,
        title: `Goal ${i}`,
        status: 'done' as const,
        progress: 100,
        checkInsThisQuarter: 1,
        latestConfidence: null,
      })),
      active: Array.from({ length: over.stale ?? 0 }, (_, i) => ({
        id: `a${i}`,
        title: `Open ${i}`,
        status: 'active' as const,
        progress: 10,
        checkInsThisQuarter: 0,
        latestConfidence: null,
      })),
      atRisk: over.atRisk ?? 0,
      dropped: 0,
    },
    evidence: { total: 0, byCompetency: [], unlinked: 0, incidents: [], fromStaffing: 0 },
    oneOnOnes: { held: 0, expected: 0, kept: over.kept ?? null, actionItemsDone: 0, actionItemsOverdue: 0 },
    time: {
      deliveryShare: 1 - (over.developmentShare ?? 0),
      developmentShare: over.developmentShare ?? 0,
      supportShare: 0,
      growthAlignedShare: 0,
      developmentShortfall: 0,
      developmentTarget: 0.2,
      allocatedDays: over.allocatedDays ?? 60,
      capacityDays: 60,
      meetsTarget: (over.developmentShare ?? 0) >= 0.2 && (over.allocatedDays ?? 60) > 0,
      stretch: [],
    },
    readiness: { now: 0.5, nextLevelName: 'Senior', before: null, change: null },
    highlights: [],
  };
}

const person = (name: string, p: ReviewPacket, readiness: TeamReportPerson['readiness'] = null): TeamReportPerson => ({
  personId: name.toLowerCase(),
  name,
  readiness,
  packet: p,
});

describe('teamReport', () => {
  // By hand, this quarter: Sam rates +1 and -1 in Craft (Craft averages 0 over 2), Priya +1 in
  // Craft and 0 in Impact: Craft (1 - 1 + 1) / 3 = 1/3, Impact 0. Development shares 0.1 and 0.3
  // average 0.2; only Priya meets the 20% target. Last quarter only Sam met "Testing".
  const now = {
    quarter: 'FY2026-Q4',
    label: 'Q4 FY2026',
    frozen: false,
    people: [
      person(
        'Sam',
        packet({
          ratings: [rating('Design', 'Craft', 1), rating('Testing', 'Craft', -1)],
          improved: 2,
          developmentShare: 0.1,
          finished: 1,
          atRisk: 1,
          stale: 1,
          kept: true,
        }),
        'soon',
      ),
      person(
        'Priya',
        packet({
          ratings: [rating('Design', 'Craft', 1), rating('Mentoring', 'Impact', 0)],
          improved: 3,
          developmentShare: 0.3,
          finished: 2,
          kept: false,
        }),
        'ready',
      ),
    ],
  };
  const before = {
    quarter: 'FY2026-Q3',
    label: 'Q3 FY2026',
    frozen: true,
    people: [person('Sam', packet({ ratings: [rating('Testing', 'Craft', 0)], developmentShare: 0 }))],
  };

  it('works out each quarter, oldest first, and the coverage gained and lost', () => {
    const report = teamReport([now, before]);
    expect(report.quarters.map((q) => q.quarter)).toEqual(['FY2026-Q3', 'FY2026-Q4']);
    const q4 = report.quarters[1];
    expect(q4.byArea).toEqual([
      { areaName: 'Craft', averageGap: 1 / 3, rated: 3 },
      { areaName: 'Impact', averageGap: 0, rated: 1 },
    ]);
    expect(q4.averageDevelopmentShare).toBeCloseTo(0.2);
    expect(q4).toEqual(
      expect.objectContaining({
        people: 2,
        meetingDevelopmentTarget: 1,
        goalsFinished: 3,
        withOneOnOnes: 2,
        oneOnOnesKept: 1,
        readiness: { notYet: 0, soon: 1, ready: 1, unset: 0 },
        coveredCompetencies: ['Design', 'Mentoring'],
      }),
    );
    expect(report.coverageGained).toEqual(['Design', 'Mentoring']);
    expect(report.coverageLost).toEqual(['Testing']);
    // Testing: 0 last quarter, -1 now; Design and Mentoring were not rated last quarter.
    expect(report.competencyChanges).toEqual([
      { competencyName: 'Testing', areaName: 'Craft', before: 0, now: -1, change: -1 },
      { competencyName: 'Design', areaName: 'Craft', before: null, now: 1, change: null },
      { competencyName: 'Mentoring', areaName: 'Impact', before: null, now: 0, change: null },
    ]);
  });

  it('reads highlights off the latest quarter', () => {
    expect(teamReport([now, before]).highlights).toEqual([
      'Largest growth: Priya, with manager ratings up in 3 competencies.',
      '1 goal at risk.',
      '1 open goal had no check-in this quarter.',
      'One-on-ones behind the cadence with Priya.',
      'Single points of failure: Mentoring (Priya).',
      'Coverage lost since last quarter: Testing.',
    ]);
    const idle = teamReport([
      {
        ...now,
        people: [person('Sam', packet({ developmentShare: 0 })), person('Lee', packet({ developmentShare: 0 }))],
      },
    ]);
    expect(idle.highlights).toEqual(['No development time this quarter: Sam and Lee.']);
  });

  it('is empty without quarters', () => {
    expect(teamReport([])).toEqual({
      quarters: [],
      competencyChanges: [],
      coverageGained: [],
      coverageLost: [],
      highlights: [],
    });
  });
});
