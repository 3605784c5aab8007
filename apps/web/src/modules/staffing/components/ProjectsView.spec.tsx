import { fireEvent, screen, within } from '@testing-library/react';
import { teamsQuery } from '@web/modules/teams/graphql/teamsQuery';
import { apiError } from '@web/test/graphqlResults';
import { type Mock, renderWithProviders } from '@web/test/renderWithProviders';
import { projectsQuery } from '../graphql/projectsQuery';
import { buildNeed, buildProject, buildRosterEntry } from '../testing/staffingBuilders';
import { ProjectsView } from './ProjectsView';

jest.setTimeout(20_000);

const open = { statuses: ['ACTIVE', 'PROPOSED'], teamId: null };
const teams: Mock = { request: { query: teamsQuery }, result: { data: { teams: [] } } };

function renderView(result: object, canCreate = true) {
  return renderWithProviders(
    <ProjectsView status="open" teamId={null} canCreate={canCreate} onFilterChange={jest.fn()} />,
    { mocks: [{ request: { query: projectsQuery, variables: { filter: open } }, result }, teams] },
  );
}

describe('ProjectsView', () => {
  it('lists projects by status with kind, priority, dates, team, people and open needs', async () => {
    renderView({
      data: {
        projects: [
          buildProject({
            needs: [
              buildNeed(),
              buildNeed({ id: 'n-2', role: 'Tech writer' }),
              buildNeed({ id: 'n-3', openPercent: 0 }),
            ],
            roster: [buildRosterEntry(), buildRosterEntry({ allocationId: 'a-2' })],
          }),
          buildProject({ id: 'pr-ledger', name: 'Ledger migration', status: 'PROPOSED', priority: 2 }),
        ],
      },
    });

    expect(screen.getByText('Loading projects')).toBeInTheDocument();
    const active = await screen.findByRole('region', { name: 'Active' });
    const refunds = within(active).getByRole('article', { name: 'Refunds API' });
    expect(within(refunds).getByRole('link', { name: 'Refunds API: 2 open needs' })).toHaveTextContent('2 open needs');
    expect(within(refunds).getByText('Delivery')).toBeInTheDocument();
    expect(within(refunds).getByText('P1 · Highest')).toBeInTheDocument();
    expect(within(refunds).getByText('Payments')).toBeInTheDocument();
    // One person with two allocations is one person on it.
    expect(within(refunds).getByText('1 person on it')).toBeInTheDocument();

    const proposed = screen.getByRole('region', { name: 'Proposed' });
    expect(within(proposed).getByText('Nobody on it yet')).toBeInTheDocument();
    expect(screen.getByText('2 open needs in view')).toBeInTheDocument();
  });

  it('opens the new project form, and names what is missing without sending anything', async () => {
    const { operations } = renderView({ data: { projects: [] } });

    expect(await screen.findByText('No projects yet')).toBeInTheDocument();
    fireEvent.click(screen.getAllByRole('button', { name: 'New project' })[0]);
    const dialog = await screen.findByRole('dialog', { name: 'New project' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create project' }));

    expect(await within(dialog).findByText('Enter a name')).toBeInTheDocument();
    expect(within(dialog).getByText('Choose what kind of work it is')).toBeInTheDocument();
    expect(within(dialog).getByText('Enter a start date')).toBeInTheDocument();
    expect(within(dialog).getByText('Enter an end date')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveFocus();

    fireEvent.change(within(dialog).getByLabelText(/^Starts/), { target: { value: '2026-06-01' } });
    fireEvent.change(within(dialog).getByLabelText(/^Ends/), { target: { value: '2026-05-01' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create project' }));
    expect(await within(dialog).findByText('The end date must be on or after the start date')).toBeInTheDocument();
    expect(operations).not.toContain('CreateProject');
  });

  it('offers no New project to those who may not create one', async () => {
    renderView({ data: { projects: [] } }, false);
    expect(
      await screen.findByText('Managers add the projects people work on; they will appear here.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New project' })).toBeNull();
  });

  it('offers a retry when the projects could not be loaded', async () => {
    renderView(apiError('INTERNAL_SERVER_ERROR', 'Unexpected error.'));
    expect(await screen.findByText('Could not load the projects')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
