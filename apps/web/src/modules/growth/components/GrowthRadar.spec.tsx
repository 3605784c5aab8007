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
      manager: buildAssessment({ competencyKey: 'incident_response', rating: 'below_expectations', source: 'MANAGER' }),
    }),
  ],
});

function renderRadar(growth = rated, selectedArea: string | null = null) {
  const onSelectArea = jest.fn();
  renderWithProviders(
    <GrowthRadar growth={growth} personName="Sam Okafor" selectedArea={selectedArea} onSelectArea={onSelectArea} />,
  );
  return onSelectArea;
}

const areaRow = (name: string) => screen.getByRole('row', { name: new RegExp(`^${name}`) });

describe('GrowthRadar', () => {
  it('summarises the chart of areas for screen readers and names every series in the legend', () => {
    renderRadar();

    expect(screen.getByRole('img')).toHaveAccessibleName(
      "Radar chart of Sam Okafor's ratings for FY2026 Q4, averaged over 2 areas, self and manager ratings, against the Engineer expectation, compared with FY2026 Q3 (manager). The table of areas lists every value.",
    );
    const legend = within(screen.getByRole('list', { name: 'Legend' }));
    expect(legend.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Self (Sam Okafor)',
      'Manager',
      'FY2026 Q3 (manager)',
      'Expected at Engineer',
    ]);
  });

  it('lists each area’s mean self, manager and last-quarter rating', () => {
    renderRadar();

    const table = screen.getByRole('table', { name: 'Areas: mean rating on the scale' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Area', 'Self', 'Manager', 'FY2026 Q3']);
    expect(
      within(areaRow('Craft'))
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['1.5', '1.0', '0.0']);
    expect(
      within(areaRow('Problem solving'))
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['–', '0.0', '–']);
    expect(within(areaRow('Craft')).getAllByRole('cell')[0]).toHaveAttribute(
      'title',
      '1.5, between Engineer and Senior Engineer',
    );
  });

  it('fits the rings to the person and names them in words, not over the plot', () => {
    renderRadar();

    // An Engineer rated from Below expectations to Senior Engineer: Architect is not drawn.
    expect(
      screen.getByText(
        'Rings, from the centre: 0 Below expectations · 1 Engineer (expected) · 2 Senior Engineer. Each area is the mean of its competencies; choose one to see them.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Architect/)).not.toBeInTheDocument();
  });

  it('opens an area’s competencies from its button, and closes them again', () => {
    const onSelectArea = renderRadar();
    const craft = screen.getByRole('button', { name: 'Craft 2 competencies' });
    expect(craft).toHaveAttribute('aria-pressed', 'false');
    fireEvent.click(craft);
    expect(onSelectArea).toHaveBeenCalledWith('craft');

    const chosen = jest.fn();
    renderWithProviders(
      <GrowthRadar growth={rated} personName="Sam Okafor" selectedArea="craft" onSelectArea={chosen} />,
    );
    const pressed = screen.getAllByRole('button', { name: 'Craft 2 competencies' })[1];
    expect(pressed).toHaveAttribute('aria-pressed', 'true');
    fireEvent.click(pressed);
    expect(chosen).toHaveBeenCalledWith(null);
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
    renderRadar(hidden);

    expect(screen.getByRole('img')).toHaveAccessibleName(/self ratings; manager ratings not shared yet/);
    const legend = within(screen.getByRole('list', { name: 'Legend' }));
    expect(legend.queryByText('Manager')).not.toBeInTheDocument();
    expect(legend.getByText('Manager ratings: not shared yet')).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'Manager' })).not.toBeInTheDocument();
  });

  it('says when the person has not rated themselves yet', () => {
    const managerOnly = buildPersonGrowth({
      managerRatingsVisible: true,
      competencies: [
        buildCompetency({
          competencyKey: 'code_quality',
          manager: buildAssessment({ competencyKey: 'code_quality', rating: 'engineer', source: 'MANAGER' }),
        }),
      ],
    });
    renderRadar(managerOnly);
    expect(screen.getByText('Self (Sam Okafor): not rated yet')).toBeInTheDocument();
  });
});
