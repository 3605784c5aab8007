import { fireEvent, screen } from '@testing-library/react';
import type { CurrentUserFragment, PersonDetailFragment } from '@web/generated/graphql';
import { meQuery } from '@web/modules/auth/graphql/meQuery';
import { frameworkQuery } from '@web/modules/framework/graphql/frameworkQuery';
import { personGrowthQuery } from '@web/modules/growth/graphql/personGrowthQuery';
import { buildPersonGrowth } from '@web/modules/growth/testing/growthBuilders';
import { personQuery } from '@web/modules/people/graphql/personQuery';
import { buildCurrentUser, buildFramework, buildPersonDetail } from '@web/test/builders';
import { renderWithProviders } from '@web/test/renderWithProviders';
import { PersonPage } from './PersonPage';

const sam = buildPersonDetail({ id: 'p-sam', name: 'Sam Okafor', canEdit: false });

function renderPage(me: CurrentUserFragment, person: PersonDetailFragment, route = '/people/p-sam') {
  return renderWithProviders(<PersonPage />, {
    path: '/people/:personId',
    route,
    mocks: [
      { request: { query: meQuery }, result: { data: { me } } },
      // The edit dialog of an editable profile reads the framework's levels.
      { request: { query: frameworkQuery }, result: { data: { framework: buildFramework() } } },
      { request: { query: personQuery, variables: { id: person.id } }, result: { data: { person } } },
      {
        request: { query: personGrowthQuery, variables: { personId: person.id, quarter: null } },
        result: { data: { personGrowth: buildPersonGrowth({ personId: person.id }) } },
      },
    ],
  });
}

const member = buildCurrentUser('MEMBER');
const asSam = buildCurrentUser('MEMBER', {
  person: member.person && { ...member.person, id: 'p-sam', name: 'Sam Okafor' },
});

describe('PersonPage', () => {
  it('gives the person their Growth, Goals and Evidence tabs, opening the one in the address', async () => {
    const { operations } = renderPage(asSam, sam, '/people/p-sam?tab=growth');

    expect(await screen.findByRole('tab', { name: 'Growth' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual([
      'Profile',
      'Growth',
      'Goals',
      'Evidence',
    ]);
    expect(await screen.findByRole('button', { name: 'Rate yourself' })).toBeInTheDocument();
    expect(operations).toContain('PersonGrowth');

    fireEvent.click(screen.getByRole('tab', { name: 'Profile' }));
    expect(screen.getByRole('tab', { name: 'Profile' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByText('Weekly capacity')).toBeInTheDocument();
    // An individual contributor with no reports has no Direct reports card.
    expect(screen.queryByRole('heading', { name: 'Direct reports' })).toBeNull();
  });

  it('gives the manager chain the growth tabs', async () => {
    renderPage(buildCurrentUser('MANAGER'), { ...sam, canEdit: true });

    expect(await screen.findByRole('tab', { name: 'Profile' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: 'Growth' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Evidence' })).toBeInTheDocument();
  });

  it.each([
    // The API answers whether the viewer sees growth: admins edit profiles but are in no chain.
    ['an admin', buildCurrentUser('ADMIN'), { ...sam, canEdit: true, canSeeGrowth: false, canEditGrowth: false }],
    ['a peer', buildCurrentUser('MEMBER'), { ...sam, canSeeGrowth: false, canEditGrowth: false }],
  ])('shows %s the profile only, whatever the address asks for', async (_who, me, person) => {
    const { operations } = renderPage(me, person, '/people/p-sam?tab=growth');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sam Okafor' })).toBeInTheDocument();
    expect(await screen.findByText('Weekly capacity')).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Growth' })).not.toBeInTheDocument();
    expect(operations).not.toContain('PersonGrowth');
  });
});
