import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { cancelMeetingMutation, rescheduleMeetingMutation } from '@web/modules/one-on-ones/graphql/meeting';
import { renderWithProviders } from '@web/test/renderWithProviders';
import { MeetingScheduleActions, type MovableMeeting } from './MeetingScheduleActions';
import { instantOf, localFields } from './MeetingTimeModal';

const inTwoDays = new Date(Date.now() + 2 * 86_400_000);
inTwoDays.setHours(10, 0, 0, 0);
const meeting: MovableMeeting = {
  id: 'm1',
  version: 4,
  scheduledAt: inTwoDays.toISOString(),
  durationMinutes: 30,
  seriesId: 's1',
};

describe('MeetingScheduleActions', () => {
  it('moves the meeting to the day and time typed, in the browser’s own time zone', async () => {
    const later = new Date(inTwoDays.getTime() + 86_400_000);
    later.setHours(14, 30, 0, 0);
    let sent: Record<string, unknown> | undefined;
    renderWithProviders(<MeetingScheduleActions meeting={meeting} onReload={jest.fn()} />, {
      mocks: [
        {
          request: {
            query: rescheduleMeetingMutation,
            variables: (vars: Record<string, unknown>) => {
              sent = vars;
              return true;
            },
          },
          // The page reloads the meeting itself; this answer only has to arrive.
          result: { errors: [{ message: 'Checked in the test.', extensions: { code: 'BAD_USER_INPUT' } }] },
        },
      ],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Move' }));
    const dialog = await screen.findByRole('dialog', { name: 'Move this meeting' });
    // It starts from the meeting as it is.
    expect(within(dialog).getByLabelText(/Day/)).toHaveValue(localFields(meeting.scheduledAt).date);
    expect(within(dialog).getByLabelText(/Time/)).toHaveValue('10:00');
    const fields = localFields(later.toISOString());
    fireEvent.change(within(dialog).getByLabelText(/Day/), { target: { value: fields.date } });
    fireEvent.change(within(dialog).getByLabelText(/Time/), { target: { value: '14:30' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Move meeting' }));
    expect(await within(dialog).findByText('Checked in the test.')).toBeInTheDocument();
    expect(sent).toEqual({ id: 'm1', version: 4, scheduledAt: later.toISOString(), durationMinutes: 30 });
  });

  it('says what is missing or in the past before asking the API', async () => {
    let asked = false;
    renderWithProviders(<MeetingScheduleActions meeting={meeting} onReload={jest.fn()} />, {
      mocks: [
        {
          request: {
            query: rescheduleMeetingMutation,
            variables: () => {
              asked = true;
              return true;
            },
          },
          result: { data: null },
        },
      ],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Move' }));
    const dialog = await screen.findByRole('dialog', { name: 'Move this meeting' });
    fireEvent.change(within(dialog).getByLabelText(/Time/), { target: { value: '' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Move meeting' }));
    expect(await within(dialog).findByText('Choose a time.')).toBeInTheDocument();

    fireEvent.change(within(dialog).getByLabelText(/Day/), { target: { value: '2020-01-06' } });
    fireEvent.change(within(dialog).getByLabelText(/Time/), { target: { value: '09:00' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Move meeting' }));
    expect(await within(dialog).findByText('Choose a time from now on.')).toBeInTheDocument();
    expect(asked).toBe(false);
  });

  it('cancels only after asking, says where the agenda goes, and opens the series', async () => {
    renderWithProviders(<MeetingScheduleActions meeting={meeting} onReload={jest.fn()} />, {
      route: '/one-on-ones/meetings/m1',
      mocks: [
        {
          request: { query: cancelMeetingMutation, variables: { id: 'm1', version: 4 } },
          result: { data: { cancelMeeting: { __typename: 'Meeting', id: 'm1', status: 'CANCELLED', version: 5 } } },
        },
      ],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel meeting' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cancel this meeting?' });
    expect(dialog).toHaveTextContent('move to the next meeting, marked as carried over');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel meeting' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/one-on-ones/series/s1'));
  });

  it('offers a reload when someone else changed the meeting first', async () => {
    const onReload = jest.fn(async () => undefined);
    renderWithProviders(<MeetingScheduleActions meeting={meeting} onReload={onReload} />, {
      mocks: [
        {
          request: { query: cancelMeetingMutation, variables: { id: 'm1', version: 4 } },
          result: {
            errors: [{ message: 'This meeting was changed by someone else.', extensions: { code: 'CONFLICT' } }],
          },
        },
      ],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel meeting' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cancel this meeting?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel meeting' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The meeting changed meanwhile');
    fireEvent.click(within(alert).getByRole('button', { name: 'Reload' }));
    expect(onReload).toHaveBeenCalled();
  });
});

describe('instantOf', () => {
  it('reads a day and a time as local, and refuses what is not one', () => {
    expect(instantOf('2026-12-07', '09:15')).toEqual(new Date(2026, 11, 7, 9, 15));
    expect(instantOf('', '09:15')).toBeNull();
    expect(instantOf('2026-12-07', '9')).toBeNull();
    expect(instantOf('2026-13-40', '09:15')).toBeNull();
  });
});
