import {
  areaTrend,
  developmentBars,
  leniencyBars,
  paceByQuarter,
  readinessByQuarter,
  readinessSegments,
  readinessText,
} from './chartData';

const person = (name: string) => ({
  __typename: 'ReviewPerson' as const,
  id: name.toLowerCase(),
  name,
  teamName: null,
  managerName: null,
});
const counts = (notYet: number, soon: number, ready: number, unset: number) => ({ notYet, soon, ready, unset });

describe('readinessSegments', () => {
  it('turns the calls into the sections of a stacked bar, ready first, empty calls left out', () => {
    const segments = readinessSegments(counts(1, 0, 2, 1));
    expect(segments.map((s) => [s.key, s.count, s.percent])).toEqual([
      ['ready', 2, 50],
      ['notYet', 1, 25],
      ['unset', 1, 25],
    ]);
  });

  it('has no sections for a group without reviews', () => {
    expect(readinessSegments(counts(0, 0, 0, 0))).toEqual([]);
    expect(readinessText(counts(0, 0, 0, 0))).toBe('No reviews');
  });

  it('says the counts in words', () => {
    expect(readinessText(counts(3, 1, 2, 0))).toBe('2 ready, 1 soon, 3 not yet');
  });
});

describe('leniencyBars', () => {
  it('gives one bar per rated group, furthest from the reach first, to two decimals', () => {
    expect(
      leniencyBars([
        { name: 'Ana', againstReach: 0.1234 },
        { name: 'Ben', againstReach: null },
        { name: 'Cleo', againstReach: -0.756 },
      ]),
    ).toEqual([
      { name: 'Cleo', againstReach: -0.76 },
      { name: 'Ana', againstReach: 0.12 },
    ]);
  });
});

describe('areaTrend', () => {
  const quarters = [
    {
      label: 'FY2026 Q3',
      byArea: [{ __typename: 'AreaAverage' as const, areaName: 'Craft', averageGap: -0.25, rated: 4 }],
    },
    {
      label: 'FY2026 Q4',
      byArea: [
        { __typename: 'AreaAverage' as const, areaName: 'Robust design', averageGap: 0.3333, rated: 3 },
        { __typename: 'AreaAverage' as const, areaName: 'Craft', averageGap: 0, rated: 5 },
        { __typename: 'AreaAverage' as const, areaName: 'Architecture', averageGap: null, rated: 0 },
      ],
    },
  ];

  it('makes one line per area (alphabetical) with keys that are never an area’s name', () => {
    const { series } = areaTrend(quarters);
    expect(series.map((s) => [s.name, s.label])).toEqual([
      ['area0', 'Architecture'],
      ['area1', 'Craft'],
      ['area2', 'Robust design'],
    ]);
    expect(new Set(series.map((s) => s.color)).size).toBe(3);
  });

  it('makes one row per quarter, oldest first, with a gap where an area was not rated', () => {
    expect(areaTrend(quarters).data).toEqual([
      { quarter: 'FY2026 Q3', area0: null, area1: -0.25, area2: null },
      { quarter: 'FY2026 Q4', area0: null, area1: 0, area2: 0.33 },
    ]);
  });

  it('is empty without ratings', () => {
    expect(areaTrend([{ label: 'FY2026 Q4', byArea: [] }])).toEqual({ data: [{ quarter: 'FY2026 Q4' }], series: [] });
  });
});

describe('developmentBars', () => {
  it('gives each person’s development in percent, lowest first', () => {
    expect(
      developmentBars([
        { person: person('Sam'), developmentShare: 0.25, meetsDevelopmentTarget: true },
        { person: person('Priya'), developmentShare: 0.051, meetsDevelopmentTarget: false },
        { person: person('Lena'), developmentShare: 0.25, meetsDevelopmentTarget: true },
      ]),
    ).toEqual([
      { name: 'Priya', development: 5.1, meetsTarget: false },
      { name: 'Lena', development: 25, meetsTarget: true },
      { name: 'Sam', development: 25, meetsTarget: true },
    ]);
  });
});

describe('readinessByQuarter', () => {
  it('gives one stacked bar per quarter', () => {
    expect(
      readinessByQuarter([
        { label: 'FY2026 Q3', readiness: { __typename: 'ReadinessCounts', ...counts(2, 1, 0, 1) } },
        { label: 'FY2026 Q4', readiness: { __typename: 'ReadinessCounts', ...counts(1, 2, 1, 0) } },
      ]),
    ).toEqual([
      { quarter: 'FY2026 Q3', ready: 0, soon: 1, notYet: 2, unset: 1 },
      { quarter: 'FY2026 Q4', ready: 1, soon: 2, notYet: 1, unset: 0 },
    ]);
  });
});

describe('paceByQuarter', () => {
  it('gives goals finished and the share of one-on-one series that kept their cadence', () => {
    expect(
      paceByQuarter([
        { label: 'FY2026 Q3', goalsFinished: 4, oneOnOnesKept: 3, withOneOnOnes: 4 },
        { label: 'FY2026 Q4', goalsFinished: 0, oneOnOnesKept: 0, withOneOnOnes: 0 },
      ]),
    ).toEqual([
      { quarter: 'FY2026 Q3', goalsFinished: 4, oneOnOnesKept: 3, withOneOnOnes: 4, cadenceShare: 0.75 },
      { quarter: 'FY2026 Q4', goalsFinished: 0, oneOnOnesKept: 0, withOneOnOnes: 0, cadenceShare: null },
    ]);
  });
});
