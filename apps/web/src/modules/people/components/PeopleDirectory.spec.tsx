import { fireEvent, screen, within } from '@testing-library/react';
import { buildPersonSummary } from '../../../test/builders';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { peopleQuery } from '../graphql/peopleQuery';
import { PeopleDirectory } from './PeopleDirectory';

const platform = { __typename: 'Team' as const, id: 'team-platform', name: 'Platform' };
const payments = { __typename: 'Team' as const, id: 'team-payments', name: 'Payments' };

const people = [
  buildPersonSummary({
    id: 'p-sam',
    name: 'Sam Rivera',
    title: 'Software Engineer',
    level: 'Engineer',
    team: platform,
  }),
  buildPersonSummary({
    id: 'p-lee',
    name: 'Lee Okafor',
    title: 'Site Reliability Engineer',
    level: 'Senior Engineer',
    team: payments,
  }),
  buildPersonSummary({ id: 'p-ana', name: 'Ana Souza', title: 'Staff Engineer', level: 'Architect', team: platform }),
  buildPersonSummary({
    id: 'p-kim',
    name: 'Kim Park',
    title: 'Designer',
    level: 'Engineer',
    team: null,
    manager: null,
  }),
];

const peopleMock = {
  request: { query: peopleQuery, variables: { filter: { includeInactive: false } } },
  result: { data: { people } },
};

function rowNames(): string[] {
  const table = screen.getByRole('table', { name: 'People' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]?.textContent ?? '');
}

describe('PeopleDirectory', () => {
  it('lists everyone, sorted by name, with links to their profiles', async () => {
    renderWithProviders(<PeopleDirectory />, { mocks: [peopleMock], route: '/people' });

    await screen.findByRole('table', { name: 'People' });
    expect(rowNames()).toEqual(['Ana Souza', 'Kim Park', 'Lee Okafor', 'Sam Rivera']);
    expect(screen.getByRole('link', { name: 'Sam Rivera' })).toHaveAttribute('href', '/people/p-sam');
    expect(screen.getByText('4 people')).toBeInTheDocument();
  });

  it('filters by search across name, title and team', async () => {
    renderWithProviders(<PeopleDirectory />, { mocks: [peopleMock], route: '/people' });
    const search = await screen.findByRole('searchbox', { name: 'Search people' });
    await screen.findByRole('table', { name: 'People' });

    fireEvent.change(search, { target: { value: 'reliability' } });
    expect(rowNames()).toEqual(['Lee Okafor']);

    fireEvent.change(search, { target: { value: 'platform eng' } });
    expect(rowNames()).toEqual(['Ana Souza', 'Sam Rivera']);
    expect(screen.getByText('2 of 4 people')).toBeInTheDocument();
  });

  it('filters by team, including people without one', async () => {
    renderWithProviders(<PeopleDirectory />, { mocks: [peopleMock], route: '/people?team=team-payments' });
    await screen.findByRole('table', { name: 'People' });
    expect(rowNames()).toEqual(['Lee Okafor']);

    fireEvent.click(screen.getByRole('combobox', { name: 'Team' }));
    fireEvent.click(await screen.findByRole('option', { name: 'No team' }));
    expect(rowNames()).toEqual(['Kim Park']);
  });

  it('says so when nobody matches, and clears the filters on request', async () => {
    renderWithProviders(<PeopleDirectory />, { mocks: [peopleMock], route: '/people' });
    const search = await screen.findByRole('searchbox', { name: 'Search people' });
    await screen.findByRole('table', { name: 'People' });

    fireEvent.change(search, { target: { value: 'nobody by this name' } });

    expect(screen.getByText('No people match')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'People' })).not.toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(rowNames()).toHaveLength(4);
    expect(search).toHaveValue('');
  });

  it('offers a retry when the list fails to load', async () => {
    renderWithProviders(<PeopleDirectory />, {
      mocks: [{ request: peopleMock.request, error: new Error('Network down') }, peopleMock],
      route: '/people',
    });

    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load people');
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('table', { name: 'People' })).toBeInTheDocument();
  });
});
