import { fireEvent, screen, within } from '@testing-library/react';
import type { CurrentUserFragment, PersonDetailFragment } from '@web/generated/graphql';
import { meQuery } from '@web/modules/auth/graphql/meQuery';
import { frameworkQuery } from '@web/modules/framework/graphql/frameworkQuery';
import { personGrowthQuery } from '@web/modules/growth/graphql/personGrowthQuery';
import { buildPersonGrowth } from '@web/modules/growth/testing/growthBuilders';
import { myRecordReadsQuery } from '@web/modules/people/graphql/myRecordReadsQuery';
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
      {
        request: { query: myRecordReadsQuery },
        result: {
          data: {
            myRecordReads: [
              {
                __typename: 'RecordRead' as const,
                readerName: 'Maya Chen',
                kind: 'ASSESSMENTS' as const,
                at: '2026-12-03T09:30:00.000Z',
                times: 2,
              },
            ],
          },
        },
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
      'Time',
    ]);
    expect(await screen.findByRole('button', { name: 'Rate yourself' })).toBeInTheDocument();
    expect(operations).toContain('PersonGrowth');

    fireEvent.click(screen.getByRole('tab', { name: 'Profile' }));
    expect(screen.getByRole('tab', { name: 'Profile' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByText('Weekly capacity')).toBeInTheDocument();
    // An individual contributor with no reports has no Direct reports card.
    expect(screen.queryByRole('heading', { name: 'Direct reports' })).toBeNull();
  });

  it('tells a person on their own profile who read their records, and nobody else sees that list', async () => {
    const own = renderPage(asSam, sam);
    const card = await screen.findByRole('region', { name: 'Who read your records' });
    expect(await within(card).findByRole('cell', { name: 'Maya Chen' })).toBeInTheDocument();
    expect(within(card).getByRole('cell', { name: 'Your ratings' })).toBeInTheDocument();
    expect(within(card).getByText(/2 times that day/)).toBeInTheDocument();
    expect(own.operations).toContain('MyRecordReads');
    own.unmount();

    const managerView = renderPage(buildCurrentUser('MANAGER'), { ...sam, canEdit: true });
    expect(await screen.findByRole('tab', { name: 'Profile' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Who read your records' })).toBeNull();
    expect(managerView.operations).not.toContain('MyRecordReads');
  });

  it('gives the manager chain the growth tabs', async () => {
    renderPage(buildCurrentUser('MANAGER'), { ...sam, canEdit: true });

    expect(await screen.findByRole('tab', { name: 'Profile' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: 'Growth' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Evidence' })).toBeInTheDocument();
  });

  it('shows an admin the profile details but no growth tabs, whatever the address asks for', async () => {
    const { operations } = renderPage(
      buildCurrentUser('ADMIN'),
      { ...sam, canEdit: true, canSeeGrowth: false, canEditGrowth: false },
      '/people/p-sam?tab=growth',
    );

    expect(await screen.findByRole('heading', { level: 1, name: 'Sam Okafor' })).toBeInTheDocument();
    expect(await screen.findByText('Weekly capacity')).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Growth' })).not.toBeInTheDocument();
    // Admins see everyone's plan and time off; it is read only when the tab opens.
    expect(screen.getByRole('tab', { name: 'Time' })).toBeInTheDocument();
    expect(operations).not.toContain('PersonTime');
    expect(
      screen.getByText(
        'As an admin you see Sam Okafor’s profile details. Their growth, goals and evidence are for them and their manager chain only.',
      ),
    ).toBeInTheDocument();
    expect(operations).not.toContain('PersonGrowth');
  });

  // Outside the reporting line: the directory entry, with the personal details null.
  const directoryOnly = {
    ...sam,
    canSeeDetails: false,
    canSeeGrowth: false,
    canEditGrowth: false,
    level: null,
    startDate: null,
    weeklyCapacityHours: null,
  };

  it('shows a peer the directory profile, and says who sees the rest', async () => {
    const { operations } = renderPage(buildCurrentUser('MEMBER'), directoryOnly, '/people/p-sam?tab=growth');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sam Okafor' })).toBeInTheDocument();
    expect(screen.getByText('Software Engineer')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Platform' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Maya Chen' })).toBeInTheDocument();
    expect(screen.queryByText('Weekly capacity')).toBeNull();
    expect(screen.queryByText('Start date')).toBeNull();
    expect(screen.queryByRole('tab', { name: 'Growth' })).toBeNull();
    expect(screen.queryByRole('tab', { name: 'Time' })).toBeNull();
    expect(
      screen.getByText(
        'You see Sam Okafor’s directory profile, as everyone does. Sam Okafor’s level, start date, capacity and growth are for them and their manager chain. Yours are on your own profile.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/do not have access/)).toBeNull();
    expect(operations).not.toContain('PersonGrowth');
  });

  it('tells a manager outside the chain whose details they do see', async () => {
    renderPage(buildCurrentUser('MANAGER'), directoryOnly);

    expect(
      await screen.findByText(/You see these for the people who report to you, directly or through your managers\.$/),
    ).toBeInTheDocument();
    expect(screen.queryByText('Weekly capacity')).toBeNull();
  });
});
