import { screen, within } from '@testing-library/react';
import { projectQuery } from '@web/modules/staffing/graphql/projectQuery';
import { buildNeed, buildProject, buildRosterEntry } from '@web/modules/staffing/testing/staffingBuilders';
import { apiError } from '@web/test/graphqlResults';
import { renderWithProviders } from '@web/test/renderWithProviders';
import { ProjectPage } from './ProjectPage';

const refunds = buildProject({
  needs: [
    buildNeed({
      id: 'n-designer',
      role: 'API designer',
      percent: 60,
      openPercent: 0,
      filledBy: [buildRosterEntry({ needId: 'n-designer' })],
    }),
    buildNeed(),
    buildNeed({
      id: 'n-writer',
      role: 'Docs writer',
      percent: 50,
      openPercent: 30,
      filledBy: [
        buildRosterEntry({
          allocationId: 'a-priya',
          personId: 'p-priya',
          personName: 'Priya Raman',
          needId: 'n-writer',
          percent: 20,
          status: 'TENTATIVE',
        }),
      ],
    }),
  ],
  roster: [
    buildRosterEntry({ needId: 'n-designer' }),
    buildRosterEntry({
      allocationId: 'a-priya',
      personId: 'p-priya',
      personName: 'Priya Raman',
      needId: 'n-writer',
      percent: 20,
      status: 'TENTATIVE',
    }),
  ],
});

function renderPage(result: object, route = '/projects/pr-refunds') {
  return renderWithProviders(<ProjectPage />, {
    path: '/projects/:projectId',
    route,
    mocks: [{ request: { query: projectQuery, variables: { id: 'pr-refunds' } }, result }],
  });
}

describe('ProjectPage', () => {
  it('shows the needs against who fills them, and each unfilled share as a placeholder', async () => {
    renderPage({ data: { project: refunds } });

    expect(screen.getByText('Loading project')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1, name: 'Refunds API' })).toBeInTheDocument();

    const reviewer = screen.getByRole('article', { name: 'API reviewer' });
    expect(within(reviewer).getByText('20% open — nobody assigned')).toBeInTheDocument();
    expect(within(reviewer).getByText('API contracts · Domain Expert or above')).toBeInTheDocument();

    const designer = screen.getByRole('article', { name: 'API designer' });
    expect(within(designer).getByText('Filled')).toBeInTheDocument();
    expect(within(designer).getByRole('link', { name: 'Sam Okafor' })).toBeInTheDocument();
    expect(within(designer).queryByText(/open —/)).toBeNull();

    const writer = screen.getByRole('article', { name: 'Docs writer' });
    expect(within(writer).getByText('30% of 50% still open')).toBeInTheDocument();
    expect(within(writer).getByText('Tentative')).toBeInTheDocument();

    const roster = screen.getByRole('table', { name: 'Who is on Refunds API' });
    expect(within(roster).getAllByRole('row')).toHaveLength(3);
    expect(within(roster).getByRole('link', { name: 'Priya Raman' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add need' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit project' })).toBeInTheDocument();
  });

  it('brings the need in the address into focus', async () => {
    renderPage({ data: { project: refunds } }, '/projects/pr-refunds?need=n-reviewer');

    const reviewer = await screen.findByRole('article', { name: 'API reviewer' });
    expect(reviewer).toHaveAttribute('data-highlighted', 'true');
    expect(reviewer).toHaveFocus();
    expect(screen.getByRole('article', { name: 'API designer' })).not.toHaveAttribute('data-highlighted');
  });

  it('offers no editing to those who may not edit, and says when nothing is listed', async () => {
    renderPage({ data: { project: buildProject({ canEdit: false }) } });

    expect(await screen.findByText('No needs yet')).toBeInTheDocument();
    expect(screen.getByText('Nobody is on this project yet')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add need' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Edit project' })).toBeNull();
  });

  it('says when the project does not exist', async () => {
    renderPage(apiError('NOT_FOUND', 'Project not found.'));
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });

  it('offers a retry when the project could not be loaded', async () => {
    renderPage(apiError('INTERNAL_SERVER_ERROR', 'Unexpected error.'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load this project');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
