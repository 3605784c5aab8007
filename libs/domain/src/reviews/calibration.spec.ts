import { calibration, LENIENCY_THRESHOLD, packetGaps, type CalibrationFact } from './calibration';

const fact = (over: Partial<CalibrationFact>): CalibrationFact => ({
  managerId: 'maya',
  managerName: 'Maya',
  teamName: 'Payments',
  readiness: null,
  gaps: [],
  ...over,
});

describe('calibration', () => {
  // Worked by hand: Maya rates six competencies at +1 (mean +1), Omar six at -1 and six at 0
  // (mean -0.5); the reach's 18 ratings average (6 - 6) / 18 = 0. Maya is 1 level above the reach
  // (lenient), Omar 0.5 below (harsh, exactly at the threshold).
  const facts = [
    fact({ readiness: 'ready', gaps: [1, 1, 1] }),
    fact({ readiness: 'soon', gaps: [1, 1, 1] }),
    fact({ managerId: 'omar', managerName: 'Omar', teamName: 'Platform', readiness: 'not_yet', gaps: [-1, -1, -1] }),
    fact({ managerId: 'omar', managerName: 'Omar', teamName: 'Platform', gaps: [0, 0, 0, -1, -1, -1, 0, 0, 0] }),
  ];

  it('compares each manager and team with the reach’s mean, and names the outliers', () => {
    const result = calibration(facts);
    expect(result.reachAverageGap).toBe(0);
    const [maya, omar] = result.byManager;
    expect(maya).toEqual(
      expect.objectContaining({
        name: 'Maya',
        people: 2,
        readiness: { notYet: 0, soon: 1, ready: 1, unset: 0 },
        above: 6,
        meets: 0,
        below: 0,
        averageGap: 1,
        againstReach: 1,
        outlier: 'lenient',
      }),
    );
    expect(omar).toEqual(
      expect.objectContaining({ people: 2, above: 0, meets: 6, below: 6, averageGap: -0.5, outlier: 'harsh' }),
    );
    expect(omar.againstReach).toBe(-LENIENCY_THRESHOLD);
    expect(result.byTeam.map((t) => [t.name, t.averageGap])).toEqual([
      ['Payments', 1],
      ['Platform', -0.5],
    ]);
  });

  it('calls nobody out on too few ratings or a small difference', () => {
    const few = calibration([fact({ gaps: [2] }), fact({ managerId: 'omar', managerName: 'Omar', gaps: [0] })]);
    expect(few.byManager.map((g) => g.outlier)).toEqual([null, null]);
    const close = calibration([
      fact({ gaps: [0, 0, 0, 0, 0, 1] }),
      fact({ managerId: 'omar', managerName: 'Omar', gaps: [0, 0, 0, 0, 0, 0] }),
    ]);
    expect(close.byManager.map((g) => g.outlier)).toEqual([null, null]);
  });

  it('has no averages without ratings', () => {
    const empty = calibration([fact({ readiness: 'soon' })]);
    expect(empty.reachAverageGap).toBeNull();
    expect(empty.byManager[0]).toEqual(
      expect.objectContaining({ averageGap: null, againstReach: null, outlier: null }),
    );
    expect(calibration([])).toEqual({ reachAverageGap: null, byManager: [], byTeam: [] });
  });

  it('reads the gaps of a packet’s manager ratings', () => {
    expect(packetGaps({ ratings: [{ gapToLevel: 1 }, { gapToLevel: null }, { gapToLevel: -2 }] as never })).toEqual([
      1, -2,
    ]);
  });
});
