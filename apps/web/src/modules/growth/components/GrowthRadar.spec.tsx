import { fireEvent, screen, within } from '@testing-library/react';
import { buildAssessment, buildCompetency, buildPersonGrowth } from '../testing/growthBuilders';
import { renderWithProviders } from '@web/test/renderWithProviders';
import { GrowthRadar } from './GrowthRadar';

const rated = buildPersonGrowth({
  managerRatingsVisible: true,
  competencies: [
    buildCompetency({
      competencyKey: 'code_quality',
      competencyName: 'Code quality',
      self: buildAssessment({ competencyKey: 'code_quality', rating: 'senior_engineer' }),
      manager: buildAssessment({ competencyKey: 'code_quality', rating: 'engineer', source: 'MANAGER' }),
      previousManager: buildAssessment({
        competencyKey: 'code_quality',
        rating: 'below_expectations',
        source: 'MANAGER',
        quarter: 'FY2026-Q3',
      }),
      disagreement: true,
    }),
    buildCompetency({
      competencyKey: 'reading_the_source',
      competencyName: 'Reading the source',
      self: buildAssessment({ competencyKey: 'reading_the_source', rating: 'engineer' }),
    }),
    buildCompetency({
      competencyKey: 'incident_response',
      competencyName: 'Incident response',
      areaName: 'Problem solving',
      areaKey: 'problem_solving',
    }),
  ],
});

describe('GrowthRadar', () => {
  it('summarises the chart for screen readers and names every series in the legend', () => {
    renderWithProviders(<GrowthRadar growth={rated} personName="Sam Okafor" />);

    const chart = screen.getByRole('img');
    expect(chart).toHaveAccessibleName(
      "Radar chart of Sam Okafor's ratings for FY2026 Q4 on 3 competencies, self ratings on 2 of 3, manager ratings on 1 of 3, against the Engineer expectation, compared with FY2026 Q3 (manager). The data table lists every value.",
    );
    const legend = within(screen.getByRole('list', { name: 'Legend' }));
    expect(legend.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Self (Sam Okafor)',
      'Manager',
      'Expected at Engineer',
      'FY2026 Q3 (manager)',
    ]);
    // Every competency is a labelled axis (long names wrap onto lines of their own).
    const labels = Array.from(chart.querySelectorAll('text')).map((text) =>
      Array.from(text.querySelectorAll('tspan'), (line) => line.textContent).join(' '),
    );
    expect(labels).toEqual(expect.arrayContaining(['Code quality', 'Reading the source', 'Incident response']));
  });

  it('shows the values as a table on request', () => {
    renderWithProviders(<GrowthRadar growth={rated} personName="Sam Okafor" />);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    const toggle = screen.getByRole('button', { name: 'Show the data table' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(toggle);

    const table = screen.getByRole('table', { name: 'Radar data: Sam Okafor, FY2026 Q4' });
    const row = within(table).getByRole('row', { name: /Code quality/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Craft', 'Senior Engineer', 'Engineer', 'Engineer', 'Below expectations']);
    expect(
      within(within(table).getByRole('row', { name: /Incident response/ })).getAllByText('Not rated'),
    ).toHaveLength(3);
    expect(screen.getByRole('button', { name: 'Hide the data table' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('leaves out manager ratings that are not shared, and says so', () => {
    const hidden = buildPersonGrowth({
      competencies: [
        buildCompetency({
          competencyKey: 'code_quality',
          competencyName: 'Code quality',
          self: buildAssessment({ competencyKey: 'code_quality', rating: 'engineer' }),
        }),
      ],
    });
    renderWithProviders(<GrowthRadar growth={hidden} personName="Sam Okafor" />);

    expect(screen.getByRole('img')).toHaveAccessibleName(/manager ratings not shared yet/);
    const legend = within(screen.getByRole('list', { name: 'Legend' }));
    expect(legend.queryByText('Manager')).not.toBeInTheDocument();
    expect(legend.getByText('Manager ratings: not shared yet')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Show the data table' }));
    expect(screen.queryByRole('columnheader', { name: 'Manager' })).not.toBeInTheDocument();
  });
});
