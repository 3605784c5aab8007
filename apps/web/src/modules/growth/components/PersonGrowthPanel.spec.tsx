import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { PersonGrowthFieldsFragment } from '@web/generated/graphql';
import { apiError } from '@web/test/graphqlResults';
import { type Mock, renderWithProviders } from '@web/test/renderWithProviders';
import { personGrowthQuery } from '../graphql/personGrowthQuery';
import { saveAssessmentsMutation } from '../graphql/saveAssessmentsMutation';
import { shareManagerRatingsMutation } from '../graphql/shareManagerRatingsMutation';
import { buildAssessment, buildCompetency, buildPersonGrowth } from '../testing/growthBuilders';
import { PersonGrowthPanel } from './PersonGrowthPanel';

// Modals and Mantine comboboxes render slowly on a busy two-core machine.
jest.setTimeout(20_000);

const growthMock = (personGrowth: PersonGrowthFieldsFragment | null, error?: ReturnType<typeof apiError>): Mock => ({
  request: { query: personGrowthQuery, variables: { personId: 'p-sam', quarter: null } },
  result: error ?? { data: { personGrowth } },
});

const rated = (overrides: Partial<PersonGrowthFieldsFragment>) =>
  buildPersonGrowth({
    competencies: [
      buildCompetency({
        competencyKey: 'code_quality',
        competencyName: 'Code quality',
        self: buildAssessment({
          competencyKey: 'code_quality',
          rating: 'senior_engineer',
          comment: 'Led the rewrite.',
        }),
        manager: overrides.managerRatingsVisible
          ? buildAssessment({ competencyKey: 'code_quality', rating: 'engineer', source: 'MANAGER', comment: 'Solid.' })
          : null,
        disagreement: !!overrides.managerRatingsVisible,
      }),
      buildCompetency({ competencyKey: 'reading_the_source', competencyName: 'Reading the source' }),
    ],
    ...overrides,
  });

function renderPanel(mocks: readonly Mock[]) {
  return renderWithProviders(
    <PersonGrowthPanel personId="p-sam" personName="Sam Okafor" levelName="Engineer" managerName="Maya Lindqvist" />,
    { mocks, route: '/people/p-sam?tab=growth' },
  );
}

const craftRow = (name: string) =>
  within(screen.getByRole('rowgroup', { name: 'Craft' })).getByRole('row', { name: new RegExp(name) });

describe('PersonGrowthPanel', () => {
  it('tells the member that the manager ratings are not shared yet', async () => {
    renderPanel([growthMock(rated({ managerRatingsVisible: false, disagreementCount: 0 }))]);

    expect(await screen.findByText(/Maya's ratings for FY2026 Q4 are not shared with you yet/)).toBeInTheDocument();
    const row = craftRow('Code quality');
    expect(within(row).getByText('Senior Engineer')).toBeInTheDocument();
    expect(within(row).getByRole('img', { name: 'with a comment' })).toBeInTheDocument();
    expect(within(row).getByText('Not shared yet')).toBeInTheDocument();
    expect(within(row).queryByText(/Differs by/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Rate yourself' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Rate Sam' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Share with Sam/ })).not.toBeInTheDocument();
    expect(await screen.findByRole('img', { name: /^Radar chart/ })).toHaveAccessibleName(
      /manager ratings not shared yet/,
    );
  });

  it('narrows the ratings to the disagreements on request', async () => {
    renderPanel([growthMock(rated({ managerRatingsVisible: true, managerRatingsShared: true, disagreementCount: 1 }))]);

    await screen.findByRole('row', { name: /Code quality/ });
    expect(screen.getByRole('row', { name: /Reading the source/ })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('radio', { name: 'Disagreements only (1)' }));
    expect(screen.getByRole('row', { name: /Code quality/ })).toBeInTheDocument();
    expect(screen.queryByRole('row', { name: /Reading the source/ })).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: 'All competencies (2)' }));
    expect(screen.getByRole('row', { name: /Reading the source/ })).toBeInTheDocument();
  });

  it('says which quarter readiness is read through, while this one is not shared', async () => {
    renderPanel([
      growthMock(
        rated({
          managerRatingsVisible: false,
          disagreementCount: 0,
          readiness: {
            __typename: 'PromotionReadiness',
            nextLevelKey: 'senior_engineer',
            nextLevelName: 'Senior Engineer',
            met: 10,
            total: 23,
            share: 10 / 23,
          },
          readinessThrough: { __typename: 'Quarter', key: 'FY2026-Q3', label: 'FY2026 Q3' },
        }),
      ),
    ]);

    expect(await screen.findByText('From the latest manager ratings, through FY2026 Q3')).toBeInTheDocument();
  });

  it('shows the member the shared manager ratings and the disagreement', async () => {
    renderPanel([growthMock(rated({ managerRatingsVisible: true, managerRatingsShared: true, disagreementCount: 1 }))]);

    const row = await screen.findByRole('row', { name: /Code quality/ });
    expect(within(row).getByText('Engineer')).toBeInTheDocument();
    expect(within(row).getByText('Differs by 1 level')).toBeInTheDocument();
    expect(screen.queryByText(/not shared with you yet/)).not.toBeInTheDocument();
  });

  it('keeps the expectation and the comments one click away', async () => {
    renderPanel([growthMock(rated({ managerRatingsVisible: true, managerRatingsShared: true, disagreementCount: 1 }))]);

    const toggle = await screen.findByRole('button', { name: 'Expectation and comments: Code quality' });
    expect(screen.queryByText('Engineer expectation of code_quality.')).not.toBeInTheDocument();
    expect(screen.queryByText('Solid.')).not.toBeInTheDocument();
    expect(toggle).toHaveAttribute('aria-expanded', 'false');

    fireEvent.click(toggle);

    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const details = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(details).not.toBeNull();
    const inDetails = within(details as HTMLElement);
    expect(inDetails.getByText('Engineer expectation of code_quality.')).toBeInTheDocument();
    expect(inDetails.getByText('Senior Engineer expectation of code_quality.')).toBeInTheDocument();
    expect(inDetails.getByText('Led the rewrite.')).toBeInTheDocument();
    expect(inDetails.getByText('Solid.')).toBeInTheDocument();
    fireEvent.click(toggle);
    expect(screen.queryByText('Solid.')).not.toBeInTheDocument();
  });

  it('shows every area in one table with one header, and narrows it to the area chosen in the radar', async () => {
    const twoAreas = rated({ managerRatingsVisible: true, managerRatingsShared: true, disagreementCount: 1 });
    twoAreas.competencies.push(
      buildCompetency({
        competencyKey: 'incident_response',
        competencyName: 'Incident response',
        areaKey: 'problem_solving',
        areaName: 'Problem solving',
        self: buildAssessment({ competencyKey: 'incident_response', rating: 'engineer' }),
      }),
    );
    renderPanel([growthMock(twoAreas)]);

    const table = await screen.findByRole('table', { name: 'Ratings by area' });
    expect(screen.getAllByRole('table', { name: 'Ratings by area' })).toHaveLength(1);
    expect(within(table).getAllByRole('columnheader', { name: 'Competency' })).toHaveLength(1);
    expect(within(table).getByRole('rowgroup', { name: 'Craft' })).toBeInTheDocument();
    expect(within(table).getByRole('rowgroup', { name: 'Problem solving' })).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Problem solving 1 competency' }));

    expect(within(table).queryByRole('rowgroup', { name: 'Craft' })).not.toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /Incident response/ })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Showing Problem solving only: show all areas' }));
    expect(within(table).getByRole('rowgroup', { name: 'Craft' })).toBeInTheDocument();
  });

  it('lets the manager rate and share, and says whether the person can see the ratings', async () => {
    const managerView = rated({
      canSelfAssess: false,
      canManagerAssess: true,
      managerRatingsVisible: true,
      managerCount: 1,
      disagreementCount: 1,
    });
    renderPanel([
      growthMock(managerView),
      {
        request: {
          query: shareManagerRatingsMutation,
          variables: { personId: 'p-sam', quarter: 'FY2026-Q4', shared: true },
        },
        result: {
          data: {
            shareManagerRatings: {
              __typename: 'AssessmentRelease',
              personId: 'p-sam',
              quarter: 'FY2026-Q4',
              shared: true,
              sharedAt: '2026-12-01T09:00:00.000Z',
            },
          },
        },
      },
    ]);

    expect(await screen.findByText('Sam cannot see the manager ratings of FY2026 Q4 yet.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Rate Sam' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Rate yourself' })).not.toBeInTheDocument();
    expect(within(craftRow('Code quality')).getByText('Differs by 1 level')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Share with Sam' }));

    expect(await screen.findByText('Sam can see the manager ratings of FY2026 Q4.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Stop sharing' })).toBeInTheDocument();
  });

  it('shows the new ratings after saving', async () => {
    const before = buildPersonGrowth();
    const after = buildPersonGrowth({
      competencies: before.competencies.map((c) =>
        c.competencyKey === 'reading_the_source'
          ? { ...c, self: buildAssessment({ competencyKey: 'reading_the_source', rating: 'senior_engineer' }) }
          : c,
      ),
      selfCount: 1,
    });
    renderPanel([
      growthMock(before),
      {
        request: { query: saveAssessmentsMutation, variables: () => true },
        result: { data: { saveAssessments: after } },
      },
    ]);

    expect(await screen.findByText('No ratings for FY2026 Q4 yet')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Rate yourself' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Your rating for Reading the source' }), {
      target: { value: 'senior_engineer' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save ratings' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(within(craftRow('Reading the source')).getByText('Senior Engineer')).toBeInTheDocument();
    expect(screen.getByText('Self: 1/3')).toBeInTheDocument();
    const areas = screen.getByRole('table', { name: 'Areas: mean rating on the scale' });
    expect(within(areas).getByRole('row', { name: /^Craft/ })).toHaveTextContent('2.0');
  });

  it('loads the quarter chosen in the picker', async () => {
    const q3 = buildPersonGrowth({
      quarter: { __typename: 'Quarter', key: 'FY2026-Q3', label: 'FY2026 Q3', start: '2026-07-01', end: '2026-09-30' },
    });
    const { operations } = renderPanel([
      growthMock(buildPersonGrowth()),
      {
        request: { query: personGrowthQuery, variables: { personId: 'p-sam', quarter: 'FY2026-Q3' } },
        result: { data: { personGrowth: q3 } },
      },
    ]);

    fireEvent.click(await screen.findByRole('combobox', { name: 'Quarter' }));
    fireEvent.click(await screen.findByRole('option', { name: 'FY2026 Q3' }));

    expect(await screen.findByText('No ratings for FY2026 Q3 yet')).toBeInTheDocument();
    expect(operations.filter((name) => name === 'PersonGrowth')).toHaveLength(2);
  });

  it('hides the rating buttons for a quarter that is closed', async () => {
    renderPanel([growthMock(rated({ writable: false }))]);

    expect(await screen.findByText('Ratings for FY2026 Q4 are closed.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Rate yourself' })).not.toBeInTheDocument();
  });

  it('says the records are private when the API refuses them', async () => {
    renderPanel([
      growthMock(null, apiError('FORBIDDEN', 'Growth records are seen by the person and their manager chain only.')),
    ]);

    expect(await screen.findByText('Growth records are private')).toBeInTheDocument();
  });
});
