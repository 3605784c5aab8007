import { fireEvent, screen } from '@testing-library/react';
import { renderWithProviders } from '@web/test/renderWithProviders';
import {
  myCalendarFeedQuery,
  regenerateCalendarFeedMutation,
  revokeCalendarFeedMutation,
} from '../graphql/calendarFeed';
import { CalendarFeedCard } from './CalendarFeedCard';

const status = (active: boolean) => ({
  request: { query: myCalendarFeedQuery },
  result: {
    data: {
      myCalendarFeed: {
        __typename: 'CalendarFeed' as const,
        active,
        createdAt: active ? '2026-12-04T10:00:00.000Z' : null,
      },
    },
  },
});

describe('CalendarFeedCard', () => {
  it('makes a feed address, shows it once with this server’s origin, and turns it off', async () => {
    renderWithProviders(<CalendarFeedCard />, {
      mocks: [
        status(false),
        {
          request: { query: regenerateCalendarFeedMutation },
          result: {
            data: {
              regenerateCalendarFeed: {
                __typename: 'CalendarFeedLink' as const,
                path: '/calendar/s3cr3t.ics',
                createdAt: '2026-12-04T10:00:00.000Z',
              },
            },
          },
        },
        status(true),
        { request: { query: revokeCalendarFeedMutation }, result: { data: { revokeCalendarFeed: true } } },
        status(false),
      ],
    });

    expect(await screen.findByText('You have no calendar feed.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Make a feed address' }));
    const address = await screen.findByRole('textbox', { name: /Your feed address/ });
    expect(address).toHaveValue(`${window.location.origin}/calendar/s3cr3t.ics`);
    expect(await screen.findByRole('button', { name: 'Make a new address' })).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Turn the feed off' }));
    expect(await screen.findByText('You have no calendar feed.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /Your feed address/ })).toBeNull();
  });

  it('says the address is shown only once when a feed is already on', async () => {
    renderWithProviders(<CalendarFeedCard />, { mocks: [status(true)] });
    expect(await screen.findByText(/For safety its address is shown only when it is made/)).toBeInTheDocument();
  });
});
