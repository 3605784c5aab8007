import { screen, within } from '@testing-library/react';
import type { CurrentUserFragment } from '@web/generated/graphql';
import { usersQuery } from '@web/modules/admin/graphql/usersQuery';
import { meQuery } from '@web/modules/auth/graphql/meQuery';
import { peoplePageQuery } from '@web/modules/people/graphql/peoplePageQuery';
import { personQuery } from '@web/modules/people/graphql/personQuery';
import { teamGrowthQuery } from '@web/modules/team-growth/graphql/teamGrowthQuery';
import { teamsQuery } from '@web/modules/teams/graphql/teamsQuery';
import { buildCurrentUser } from '@web/test/builders';
import { apiError } from '@web/test/graphqlResults';
import { renderRoutes } from '@web/test/renderWithProviders';
import { appRoutes } from './router';

const meMock = (me: CurrentUserFragment | null) => ({ request: { query: meQuery }, result: { data: { me } } });

describe('routes', () => {
  it('tells a non-admin they cannot use /admin, without asking the API for admin data', async () => {
    const { operations } = renderRoutes(appRoutes, { route: '/admin', mocks: [meMock(buildCurrentUser('MEMBER'))] });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'You do not have access to this page' }),
    ).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).getByRole('link', { name: 'People' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Framework' })).toHaveAttribute('href', '/framework');
    expect(within(nav).queryByRole('link', { name: 'Admin' })).not.toBeInTheDocument();
    // Only the viewer and the header's own notifications: nothing of the admin pages.
    expect(operations.filter((name) => name !== 'MyNotifications')).toEqual(['Me']);
  });

  it('also refuses /admin to a manager', async () => {
    renderRoutes(appRoutes, { route: '/admin', mocks: [meMock(buildCurrentUser('MANAGER'))] });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'You do not have access to this page' }),
    ).toBeInTheDocument();
  });

  it('opens /admin for an admin, with the Admin link in the navigation', async () => {
    const admin = buildCurrentUser('ADMIN');
    renderRoutes(appRoutes, {
      route: '/admin',
      mocks: [
        meMock(admin),
        {
          request: { query: usersQuery },
          result: {
            data: {
              users: [
                {
                  __typename: 'User',
                  id: admin.id,
                  email: admin.email,
                  role: 'ADMIN',
                  active: true,
                  lastSignInAt: null,
                  person: null,
                },
              ],
            },
          },
        },
      ],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Admin' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Users' })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByRole('table', { name: 'Users' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).getByRole('link', { name: 'Admin' })).toHaveAttribute('aria-current', 'page');
  });

  it('refuses /team-growth to a member, without asking the API for the heatmap', async () => {
    const { operations } = renderRoutes(appRoutes, {
      route: '/team-growth',
      mocks: [meMock(buildCurrentUser('MEMBER'))],
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'You do not have access to this page' }),
    ).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).queryByRole('link', { name: 'Team growth' })).not.toBeInTheDocument();
    expect(operations).not.toContain('TeamGrowth');
  });

  it('opens /team-growth for a manager, with its link in the navigation', async () => {
    renderRoutes(appRoutes, {
      route: '/team-growth',
      mocks: [
        meMock(buildCurrentUser('MANAGER')),
        { request: { query: teamsQuery }, result: { data: { teams: [] } } },
        {
          request: { query: teamGrowthQuery, variables: { teamId: null, quarter: null } },
          result: {
            data: {
              teamGrowth: {
                __typename: 'TeamGrowth',
                quarter: { __typename: 'Quarter', key: 'FY2026-Q4', label: 'FY2026 Q4' },
                quarters: [{ __typename: 'Quarter', key: 'FY2026-Q4', label: 'FY2026 Q4' }],
                competencies: [],
                rows: [],
              },
            },
          },
        },
      ],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Team growth' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).getByRole('link', { name: 'Team growth' })).toHaveAttribute('aria-current', 'page');
    expect(await screen.findByText('No one reports to you yet')).toBeInTheDocument();
  });

  it('sends a signed-out visitor to the sign-in page', async () => {
    const { pathname } = renderRoutes(appRoutes, { route: '/admin', mocks: [meMock(null)] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(pathname()).toBe('/sign-in');
    expect(screen.getByLabelText(/^Email/)).toBeInTheDocument();
  });

  it('shows a not-found page for an unknown address', async () => {
    renderRoutes(appRoutes, { route: '/no/such/page', mocks: [meMock(buildCurrentUser('MEMBER'))] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });

  it('shows the not-found page for a person id the API does not know', async () => {
    renderRoutes(appRoutes, {
      route: '/people/missing',
      mocks: [
        meMock(buildCurrentUser('MANAGER')),
        {
          request: { query: personQuery, variables: { id: 'missing' } },
          result: apiError('NOT_FOUND', 'Person not found'),
        },
      ],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });

  it('sends the user to sign in when the session expires mid-use', async () => {
    const { pathname } = renderRoutes(appRoutes, {
      route: '/people',
      mocks: [
        meMock(buildCurrentUser('MEMBER')),
        {
          request: { query: peoplePageQuery, variables: { filter: { includeInactive: false }, offset: 0, limit: 50 } },
          result: apiError('UNAUTHENTICATED', 'Your session has expired'),
        },
        { request: { query: teamsQuery }, result: apiError('UNAUTHENTICATED', 'Your session has expired') },
      ],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(pathname()).toBe('/sign-in');
  });
});
