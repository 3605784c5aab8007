import { fireEvent, screen, within } from '@testing-library/react';
import {
  endOneOnOneSeriesMutation,
  pauseOneOnOneSeriesMutation,
} from '@web/modules/one-on-ones/graphql/seriesManagement';
import { renderWithProviders } from '@web/test/renderWithProviders';
import { SeriesScheduleCard, type ScheduledSeries } from './SeriesScheduleCard';

const series: ScheduledSeries = {
  id: 's1',
  cadence: 'WEEKLY',
  weekday: 2,
  startTime: '10:00',
  timeZone: 'Europe/Berlin',
  durationMinutes: 30,
  status: 'ACTIVE',
  version: 3,
  nextMeeting: null,
};

describe('SeriesScheduleCard', () => {
  it('says when the series meets, and that a stale pause changed nothing, with a reload', async () => {
    const onReload = jest.fn(async () => undefined);
    renderWithProviders(<SeriesScheduleCard series={series} onReload={onReload} />, {
      mocks: [
        {
          request: { query: pauseOneOnOneSeriesMutation, variables: { id: 's1', version: 3 } },
          result: {
            errors: [{ message: 'The series was changed by someone else.', extensions: { code: 'CONFLICT' } }],
          },
        },
      ],
    });
    expect(screen.getByText('Weekly on Tuesday at 10:00 (Europe/Berlin), 30 minutes')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The series changed meanwhile');
    fireEvent.click(within(alert).getByRole('button', { name: 'Reload' }));
    expect(onReload).toHaveBeenCalled();
  });

  it('ends the series only after asking', async () => {
    let ended = false;
    renderWithProviders(<SeriesScheduleCard series={series} onReload={jest.fn()} />, {
      mocks: [
        {
          request: {
            query: endOneOnOneSeriesMutation,
            variables: () => {
              ended = true;
              return true;
            },
          },
          result: {
            data: { endOneOnOneSeries: { __typename: 'OneOnOneSeriesDetail', ...series, status: 'ENDED', version: 4 } },
          },
        },
      ],
    });
    fireEvent.click(screen.getByRole('button', { name: 'End series' }));
    const dialog = await screen.findByRole('dialog', { name: 'End this one-on-one series?' });
    expect(ended).toBe(false);
    fireEvent.click(within(dialog).getByRole('button', { name: 'End series' }));
    await screen.findByRole('button', { name: 'End series' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(ended).toBe(true);
  });
});
