import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { PeopleFilter, PersonSummaryFragment } from '@web/generated/graphql';
import { buildPersonSummary } from '@web/test/builders';
import { type Mock, renderWithProviders } from '@web/test/renderWithProviders';
import { teamsQuery } from '@web/modules/teams/graphql/teamsQuery';
import { peoplePageQuery } from '../graphql/peoplePageQuery';
import { PeopleDirectory } from './PeopleDirectory';

const team = (id: string, name: string) => ({
  __typename: 'Team' as const,
  id,
  name,
  version: 1,
  canEdit: false,
  lead: null,
  parent: null,
  leadName: null,
  memberCount: 2,
});
const platform = { __typename: 'Team' as const, id: 'team-platform', name: 'Platform' };
const payments = { __typename: 'Team' as const, id: 'team-payments', name: 'Payments' };

const ana = buildPersonSummary({ id: 'p-ana', name: 'Ana Souza', title: 'Staff Engineer', team: platform });
const kim = buildPersonSummary({ id: 'p-kim', name: 'Kim Park', title: 'Designer', team: null, manager: null });
const lee = buildPersonSummary({ id: 'p-lee', name: 'Lee Okafor', title: 'Site Reliability Engineer', team: payments });
const sam = buildPersonSummary({ id: 'p-sam', name: 'Sam Rivera', title: 'Software Engineer', team: platform });

const teamsMock: Mock = {
  request: { query: teamsQuery },
  result: { data: { teams: [team('team-platform', 'Platform'), team('team-payments', 'Payments')] } },
};

/** The server's answer to one page request: `nodes` of `totalCount`, at `offset`. */
function pageMock(
  filter: PeopleFilter,
  nodes: PersonSummaryFragment[],
  { offset = 0, totalCount = nodes.length }: { offset?: number; totalCount?: number } = {},
): Mock {
  return {
    request: { query: peoplePageQuery, variables: { filter, offset, limit: 50 } },
    result: { data: { peoplePage: { __typename: 'PeoplePage', totalCount, offset, limit: 50, nodes } } },
  };
}

const everyone = pageMock({ includeInactive: false }, [ana, kim, lee, sam]);

function rowNames(): string[] {
  const table = screen.getByRole('table', { name: 'People' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]?.textContent ?? '');
}

const location = () => screen.getByTestId('location').textContent;

describe('PeopleDirectory', () => {
  it('lists the page the server sends, with links to profiles and the count', async () => {
    renderWithProviders(<PeopleDirectory />, { mocks: [teamsMock, everyone], route: '/people' });

    await screen.findByRole('table', { name: 'People' });
    expect(rowNames()).toEqual(['Ana Souza', 'Kim Park', 'Lee Okafor', 'Sam Rivera']);
    expect(screen.getByRole('link', { name: 'Sam Rivera' })).toHaveAttribute('href', '/people/p-sam');
    expect(screen.getByText('4 people')).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Pages of people' })).toBeNull();
  });

  it('sends the search to the server once typing settles', async () => {
    renderWithProviders(<PeopleDirectory />, {
      mocks: [teamsMock, everyone, pageMock({ includeInactive: false, search: 'platform eng' }, [ana, sam])],
      route: '/people',
    });
    const search = await screen.findByRole('searchbox', { name: 'Search people' });
    await screen.findByRole('table', { name: 'People' });

    fireEvent.change(search, { target: { value: 'platform eng ' } });
    await waitFor(() => expect(rowNames()).toEqual(['Ana Souza', 'Sam Rivera']));
    expect(screen.getByText('2 people match')).toBeInTheDocument();
  });

  it('filters by team, or to people in no team', async () => {
    renderWithProviders(<PeopleDirectory />, {
      mocks: [
        teamsMock,
        pageMock({ includeInactive: false, teamId: 'team-payments' }, [lee]),
        pageMock({ includeInactive: false, withoutTeam: true }, [kim]),
      ],
      route: '/people?team=team-payments',
    });
    await screen.findByRole('table', { name: 'People' });
    expect(rowNames()).toEqual(['Lee Okafor']);

    fireEvent.click(screen.getByRole('combobox', { name: 'Team' }));
    fireEvent.click(await screen.findByRole('option', { name: 'No team' }));
    await waitFor(() => expect(rowNames()).toEqual(['Kim Park']));
  });

  it('pages through a large list, marking the current page', async () => {
    const first = Array.from({ length: 50 }, (_, i) =>
      buildPersonSummary({ id: `p${i}`, name: `Person ${String(i).padStart(3, '0')}` }),
    );
    const second = [buildPersonSummary({ id: 'p-last', name: 'Zoe Last' })];
    renderWithProviders(<PeopleDirectory />, {
      mocks: [
        teamsMock,
        pageMock({ includeInactive: false }, first, { totalCount: 51 }),
        pageMock({ includeInactive: false }, second, { offset: 50, totalCount: 51 }),
      ],
      route: '/people',
    });

    await screen.findByRole('table', { name: 'People' });
    expect(screen.getByText('1–50 of 51 people')).toBeInTheDocument();
    const pages = screen.getByRole('navigation', { name: 'Pages of people' });
    fireEvent.click(within(pages).getByRole('button', { name: 'Page 2' }));
    await waitFor(() => expect(rowNames()).toEqual(['Zoe Last']));
    expect(screen.getByText('51–51 of 51 people')).toBeInTheDocument();
    expect(within(pages).getByRole('button', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
  });

  it('says so when nobody matches, and clears the filters on request', async () => {
    renderWithProviders(<PeopleDirectory />, {
      mocks: [teamsMock, pageMock({ includeInactive: false, search: 'nobody' }, []), everyone],
      route: '/people?q=nobody',
      path: '/people',
    });

    expect(await screen.findByText('No people match')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'People' })).not.toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(rowNames()).toHaveLength(4));
    expect(screen.getByRole('searchbox', { name: 'Search people' })).toHaveValue('');
    expect(location()).toBe('/people');
  });

  it('offers a retry when the list fails to load', async () => {
    renderWithProviders(<PeopleDirectory />, {
      mocks: [teamsMock, { request: everyone.request, error: new Error('Network down') }, everyone],
      route: '/people',
    });

    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load people');
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('table', { name: 'People' })).toBeInTheDocument();
  });
});
