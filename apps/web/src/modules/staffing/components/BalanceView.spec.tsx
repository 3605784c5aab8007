import { screen, within } from '@testing-library/react';
import { teamsQuery } from '@web/modules/teams/graphql/teamsQuery';
import { apiError } from '@web/test/graphqlResults';
import { renderWithProviders } from '@web/test/renderWithProviders';
import { staffingBalanceQuery } from '../graphql/staffingBalanceQuery';
import { buildBalanceQuery, buildPersonBalance } from '../testing/staffingBuilders';
import { BalanceView } from './BalanceView';

jest.setTimeout(20_000);

function renderView(result: object) {
  return renderWithProviders(<BalanceView quarter={null} teamId={null} onFilterChange={jest.fn()} />, {
    mocks: [
      { request: { query: staffingBalanceQuery, variables: { quarter: null, teamId: null } }, result },
      { request: { query: teamsQuery }, result: { data: { teams: [] } } },
    ],
  });
}

describe('BalanceView', () => {
  it('says at a glance who is short of development time, with the drought flag', async () => {
    renderView({
      data: buildBalanceQuery([
        buildPersonBalance('p-maya', 'Maya Lindqvist', { developmentShare: 0.25 }),
        buildPersonBalance(
          'p-jonas',
          'Jonas Berg',
          { developmentShare: 0, deliveryShare: 1, supportShare: 0, developmentShortfall: 0.2, overAllocatedWeeks: 3 },
          { from: '2026-W10', to: '2026-W14', weeks: 5 },
        ),
        buildPersonBalance('p-idle', 'Ida Idle', { allocatedShare: 0, developmentShare: 0, developmentShortfall: 0.2 }),
      ]),
    });

    expect(screen.getByText('Loading the balance')).toBeInTheDocument();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('1 person short of development time in FY2026 Q4');
    expect(alert).toHaveTextContent(
      'Jonas Berg: 0% development against 20% · no development time for 5 weeks: W10–W14',
    );

    const table = screen.getByRole('table', { name: 'Balance by person, FY2026 Q4' });
    const rows = within(table).getAllByRole('row');
    // Those short of development first.
    expect(rows[1]).toHaveTextContent('Jonas Berg');
    expect(within(rows[1]).getByText('20 pts short')).toBeInTheDocument();
    expect(within(rows[1]).getByText('No development time for 5 weeks: W10–W14')).toBeInTheDocument();
    expect(within(rows[1]).getByText('3 weeks')).toBeInTheDocument();
    expect(within(table).getByText('No confirmed work')).toBeInTheDocument();
    // Growth-aligned shares are null for this viewer: no column for them.
    expect(within(table).queryByRole('columnheader', { name: 'Growth-aligned' })).toBeNull();
    expect(
      screen.getByRole('img', { name: /^Stacked bars of delivery, development and support by team/ }),
    ).toBeInTheDocument();
  });

  it('shows growth-aligned shares where the API gives them, and a calm note when all is on target', async () => {
    renderView({
      data: buildBalanceQuery([
        buildPersonBalance('p-sam', 'Sam Okafor', { developmentShare: 0.2, growthAlignedShare: 0.4 }),
      ]),
    });
    expect(await screen.findByText('Development time is on target')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Growth-aligned' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: '40%' })).toBeInTheDocument();
  });

  it('says when there is nobody to show', async () => {
    renderView({ data: buildBalanceQuery([]) });
    expect(await screen.findByText('Nobody to show')).toBeInTheDocument();
  });

  it('offers a retry when the balance could not be loaded', async () => {
    renderView(apiError('INTERNAL_SERVER_ERROR', 'Unexpected error.'));
    expect(await screen.findByText('Could not load the balance')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
