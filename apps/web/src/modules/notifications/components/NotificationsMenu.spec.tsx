import { fireEvent, screen, within } from '@testing-library/react';
import { renderWithProviders } from '@web/test/renderWithProviders';
import { markNotificationsReadMutation, myNotificationsQuery } from '../graphql/notifications';
import { NotificationsMenu } from './NotificationsMenu';

const item = (id: string, text: string, read: boolean) => ({
  __typename: 'Notification' as const,
  id,
  kind: 'meeting_prep',
  text,
  link: `/one-on-ones/meetings/m-${id}`,
  createdAt: '2026-12-04T08:00:00.000Z',
  read,
});
const list = (unread: number, items: ReturnType<typeof item>[]) => ({
  __typename: 'NotificationList' as const,
  unread,
  items,
});

describe('NotificationsMenu', () => {
  it('counts unread notifications on the bell, and opening one marks it read and follows its link', async () => {
    const tomorrow = item(
      '1',
      'Your one-on-one with Maya Chen is on Tuesday at 10:00: add your talking points.',
      false,
    );
    const old = item('2', 'Due today: Book the training', true);
    renderWithProviders(<NotificationsMenu />, {
      route: '/',
      mocks: [
        { request: { query: myNotificationsQuery }, result: { data: { myNotifications: list(1, [tomorrow, old]) } } },
        {
          request: { query: markNotificationsReadMutation, variables: { ids: ['1'] } },
          result: { data: { markNotificationsRead: list(0, [{ ...tomorrow, read: true }, old]) } },
        },
      ],
    });

    const bell = await screen.findByRole('button', { name: 'Notifications, 1 unread' });
    fireEvent.click(bell);
    const dropdown = await screen.findByRole('list', { name: 'Notifications' });
    expect(within(dropdown).getAllByRole('listitem')).toHaveLength(2);
    expect(within(dropdown).getByText(/Unread:/)).toBeInTheDocument();

    fireEvent.click(within(dropdown).getByText(/Your one-on-one with Maya Chen/));
    expect(await screen.findByRole('button', { name: 'Notifications' })).toBeInTheDocument();
    expect(await screen.findByText('/one-on-ones/meetings/m-1')).toBeInTheDocument();
  });

  it('says when there is nothing new', async () => {
    renderWithProviders(<NotificationsMenu />, {
      mocks: [{ request: { query: myNotificationsQuery }, result: { data: { myNotifications: list(0, []) } } }],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Notifications' }));
    expect(await screen.findByText(/Nothing new/)).toBeInTheDocument();
  });
});
