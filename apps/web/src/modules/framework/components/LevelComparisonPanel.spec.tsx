import { screen, within } from '@testing-library/react';
import type { LevelComparisonDetailFragment } from '@web/generated/graphql';
import { buildFramework } from '@web/test/builders';
import { renderWithProviders } from '@web/test/renderWithProviders';
import { compareLevelsQuery } from '../graphql/compareLevelsQuery';
import { LevelComparisonPanel } from './LevelComparisonPanel';

const framework = buildFramework();
const [engineer, senior] = framework.tracks[0]!.levels;

const row = (overrides: Partial<LevelComparisonDetailFragment['rows'][number]>) => ({
  __typename: 'LevelComparisonRow' as const,
  areaKey: 'craft',
  areaName: 'Craft',
  competencyKey: 'code_quality',
  competencyName: 'Code quality',
  fromText: 'Writes clear code.',
  toText: 'Sets the bar for code quality.',
  changed: true,
  ...overrides,
});

const comparison: LevelComparisonDetailFragment = {
  __typename: 'LevelComparison',
  from: engineer!,
  to: senior!,
  changedCount: 1,
  rows: [
    row({}),
    row({
      competencyKey: 'testing',
      competencyName: 'Testing',
      fromText: 'Tests their changes.',
      toText: 'Tests their changes.',
      changed: false,
    }),
    row({
      areaKey: 'influence',
      areaName: 'Influence',
      competencyKey: 'mentoring',
      competencyName: 'Mentoring',
      fromText: null,
      toText: null,
      changed: false,
    }),
  ],
};

describe('LevelComparisonPanel', () => {
  it('compares the first two IC levels, marking the rows that change', async () => {
    const { operations } = renderWithProviders(<LevelComparisonPanel framework={framework} />, {
      mocks: [
        {
          request: { query: compareLevelsQuery, variables: { from: 'engineer', to: 'senior_engineer' } },
          result: { data: { compareLevels: comparison } },
        },
      ],
    });

    expect(screen.getByRole('combobox', { name: 'From level' })).toHaveValue('Engineer');
    expect(screen.getByRole('combobox', { name: 'To level' })).toHaveValue('Senior Engineer');
    expect(await screen.findByText(/1 of 3 expectations change/)).toBeInTheDocument();

    const craft = screen.getByRole('table', { name: 'Craft' });
    expect(
      within(craft)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Competency', 'Engineer', 'Senior Engineer']);
    const changedRow = within(craft).getByRole('row', { name: /Code quality/ });
    expect(within(changedRow).getByText('Changes')).toBeInTheDocument();
    expect(within(changedRow).getByText('Sets the bar for code quality.')).toBeInTheDocument();
    const unchangedRow = within(craft).getByRole('row', { name: /Testing/ });
    expect(within(unchangedRow).queryByText('Changes')).not.toBeInTheDocument();

    const influence = screen.getByRole('table', { name: 'Influence' });
    expect(within(influence).getAllByText('No expectation')).toHaveLength(2);
    expect(operations).toEqual(['CompareLevels']);
  });
});
