import {
  filterColumns,
  groupByTeam,
  heatmapItems,
  missingRatings,
  NO_TEAM,
  sortRows,
  teamRollup,
} from './heatmapGroups';
import type { HeatmapCellData, HeatmapCompetency, HeatmapRow } from './heatmapView';

const competency = (key: string, areaKey: string): HeatmapCompetency => ({
  __typename: 'HeatmapCompetency',
  key,
  name: key,
  areaKey,
  areaName: areaKey,
});
const competencies = [competency('design', 'architecture'), competency('apis', 'craft'), competency('tests', 'craft')];

const cell = (competencyKey: string, gap: number | null, rated = true): HeatmapCellData => ({
  __typename: 'HeatmapCell',
  competencyKey,
  rating: rated ? 'engineer' : null,
  ratingName: rated ? 'Engineer' : null,
  source: rated ? 'MANAGER' : null,
  gap: rated ? gap : null,
  disagreement: false,
});

interface RowSpec {
  name: string;
  team?: string | null;
  gaps: (number | null)[];
  met?: number;
  top?: boolean;
  disagreements?: number;
  selfRated?: number;
  managerRated?: number;
  shared?: boolean;
}

function row({
  name,
  team = 'Payments',
  gaps,
  met = 1,
  top = false,
  disagreements = 0,
  selfRated = 3,
  managerRated = 3,
  shared = true,
}: RowSpec): HeatmapRow {
  const cells = competencies.map((c, i) => cell(c.key, gaps[i] ?? null, gaps[i] !== null));
  return {
    __typename: 'TeamGrowthRow',
    person: {
      __typename: 'Person',
      id: name.toLowerCase(),
      name,
      title: 'Engineer',
      level: 'Engineer',
      team: team ? { __typename: 'Team', id: `team-${team.toLowerCase()}`, name: team } : null,
    },
    cells,
    belowCount: cells.filter((c) => c.gap !== null && c.gap < 0).length,
    disagreementCount: disagreements,
    selfRatedCount: selfRated,
    managerRatedCount: managerRated,
    managerRatingsShared: shared,
    readiness: {
      __typename: 'PromotionReadiness',
      nextLevelName: top ? null : 'Senior Engineer',
      met,
      total: 3,
      share: met / 3,
    },
  };
}

const ada = row({ name: 'Ada', gaps: [1, -1, 0], met: 2, disagreements: 1 });
const ben = row({ name: 'Ben', gaps: [-2, null, 0], met: 0, selfRated: 1, managerRated: 2, shared: false });
const cy = row({ name: 'Cy', team: 'Platform', gaps: [0, 2, -1], top: true });
const dee = row({
  name: 'Dee',
  team: null,
  gaps: [null, null, null],
  met: 3,
  selfRated: 0,
  managerRated: 0,
  shared: false,
});
const names = (rows: HeatmapRow[]) => rows.map((r) => r.person.name);

describe('sortRows', () => {
  it('sorts by name, either way', () => {
    expect(names(sortRows([cy, ada, dee, ben], { column: 'name', descending: false }))).toEqual([
      'Ada',
      'Ben',
      'Cy',
      'Dee',
    ]);
    expect(names(sortRows([cy, ada, dee, ben], { column: 'name', descending: true }))).toEqual([
      'Dee',
      'Cy',
      'Ben',
      'Ada',
    ]);
  });

  it('sorts by readiness, the top of the track last either way', () => {
    expect(names(sortRows([ada, ben, cy, dee], { column: 'readiness', descending: true }))).toEqual([
      'Dee',
      'Ada',
      'Ben',
      'Cy',
    ]);
    expect(names(sortRows([ada, ben, cy, dee], { column: 'readiness', descending: false }))).toEqual([
      'Ben',
      'Ada',
      'Dee',
      'Cy',
    ]);
  });

  it('sorts by a competency’s gap, unrated cells last, ties by name', () => {
    expect(names(sortRows([ada, ben, cy, dee], { column: 'competency:design', descending: false }))).toEqual([
      'Ben',
      'Cy',
      'Ada',
      'Dee',
    ]);
    expect(names(sortRows([ada, ben, cy, dee], { column: 'competency:tests', descending: true }))).toEqual([
      'Ada',
      'Ben',
      'Cy',
      'Dee',
    ]);
  });

  it('sorts by the counts', () => {
    expect(names(sortRows([dee, cy, ben, ada], { column: 'below', descending: true }))).toEqual([
      'Ada',
      'Ben',
      'Cy',
      'Dee',
    ]);
    expect(names(sortRows([dee, cy, ben, ada], { column: 'disagreements', descending: true }))[0]).toBe('Ada');
  });
});

describe('teamRollup', () => {
  it('adds up a team: below level, disagreements, readiness spread, missing and unshared ratings', () => {
    const rollup = teamRollup([ada, ben], 3);
    expect(rollup).toEqual({
      people: 2,
      below: 2,
      disagreements: 1,
      readiness: { lowest: { met: 0, total: 3 }, highest: { met: 2, total: 3 } },
      missing: 2 + 1,
      unshared: 1,
      belowBy: { design: 1, apis: 1 },
    });
  });

  it('has no readiness spread when everyone is at the top of the track, and counts no unshared ratings that do not exist', () => {
    expect(teamRollup([cy], 3).readiness).toBeNull();
    expect(teamRollup([dee], 3)).toMatchObject({ unshared: 0, missing: 6 });
  });

  it('counts the ratings a person still misses, self and manager', () => {
    expect(missingRatings(ben, 3)).toBe(3);
    expect(missingRatings(ada, 3)).toBe(0);
  });
});

describe('groupByTeam and heatmapItems', () => {
  it('groups people by team, teams by name and people without a team last, keeping the rows’ order', () => {
    const groups = groupByTeam(sortRows([ada, ben, cy, dee], { column: 'name', descending: true }), 3);
    expect(groups.map((g) => [g.name, names(g.rows)])).toEqual([
      ['Payments', ['Ben', 'Ada']],
      ['Platform', ['Cy']],
      [NO_TEAM, ['Dee']],
    ]);
    expect(groups[0].rollup.people).toBe(2);
  });

  it('draws a team row before its people, and only the team row when it is collapsed', () => {
    const groups = groupByTeam([ada, ben, cy], 3);
    const lines = (collapsed: Set<string>) =>
      heatmapItems(groups, collapsed).map((item) =>
        item.kind === 'team' ? `[${item.group.name}]` : item.row.person.name,
      );
    expect(lines(new Set())).toEqual(['[Payments]', 'Ada', 'Ben', '[Platform]', 'Cy']);
    expect(lines(new Set(['team-payments']))).toEqual(['[Payments]', '[Platform]', 'Cy']);
  });
});

describe('filterColumns', () => {
  it('keeps every competency, an area’s or one', () => {
    expect(filterColumns(competencies, 'all').map((c) => c.key)).toEqual(['design', 'apis', 'tests']);
    expect(filterColumns(competencies, 'area:craft').map((c) => c.key)).toEqual(['apis', 'tests']);
    expect(filterColumns(competencies, 'competency:design').map((c) => c.key)).toEqual(['design']);
  });
});
