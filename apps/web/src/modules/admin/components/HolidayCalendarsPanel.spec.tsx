import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type {
  AddHolidayMutationVariables,
  HolidayCalendarFieldsFragment,
  ImportHolidaysMutationVariables,
} from '@web/generated/graphql';
import { apiError } from '@web/test/graphqlResults';
import { type Mock, renderWithProviders } from '@web/test/renderWithProviders';
import { todayIso } from '@web/modules/goals/utils/dates';
import { addHolidayMutation } from '../graphql/addHolidayMutation';
import { adminHolidayCalendarsQuery } from '../graphql/adminHolidayCalendarsQuery';
import { holidaysQuery } from '../graphql/holidaysQuery';
import { importHolidaysMutation } from '../graphql/importHolidaysMutation';
import { HolidayCalendarsPanel } from './HolidayCalendarsPanel';

jest.setTimeout(20_000);

const YEAR = Number(todayIso().slice(0, 4));
const berlin: HolidayCalendarFieldsFragment = {
  __typename: 'HolidayCalendar',
  id: 'c-berlin',
  name: 'Berlin office',
  holidayCount: 2,
  peopleCount: 5,
  years: [YEAR],
  version: 1,
};
const calendarsMock = (calendars: HolidayCalendarFieldsFragment[]): Mock => ({
  request: { query: adminHolidayCalendarsQuery },
  result: { data: { holidayCalendars: calendars } },
  maxUsageCount: 5,
});
const holidaysMock = (holidays: { date: string; name: string }[]): Mock => ({
  request: { query: holidaysQuery, variables: { calendarId: 'c-berlin', year: YEAR } },
  result: { data: { holidays: holidays.map((h) => ({ __typename: 'Holiday', ...h })) } },
});
const christmas = [
  { date: `${YEAR}-12-25`, name: 'Christmas Day' },
  { date: `${YEAR}-12-26`, name: 'Boxing Day' },
];

describe('HolidayCalendarsPanel', () => {
  it('lists the calendars and the holidays of the chosen one for this year', async () => {
    renderWithProviders(<HolidayCalendarsPanel />, { mocks: [calendarsMock([berlin]), holidaysMock(christmas)] });
    expect(await screen.findByRole('heading', { name: 'Berlin office' })).toBeInTheDocument();
    expect(screen.getByText('2 holidays · 5 people work by it')).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: `Holidays of Berlin office in ${YEAR}` });
    expect(within(table).getByText('Christmas Day')).toBeInTheDocument();
    expect(within(table).getByRole('button', { name: /^Remove Boxing Day, / })).toBeInTheDocument();
  });

  it('invites the first calendar when there is none', async () => {
    renderWithProviders(<HolidayCalendarsPanel />, { mocks: [calendarsMock([])] });
    expect(await screen.findByText('No holiday calendars yet')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'New calendar' }));
    const dialog = await screen.findByRole('dialog', { name: 'New holiday calendar' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create calendar' }));
    expect(await within(dialog).findByText('Name the calendar.')).toBeInTheDocument();
  });

  it('adds a holiday by hand, refusing a day the calendar has already', async () => {
    let sent: AddHolidayMutationVariables | undefined;
    renderWithProviders(<HolidayCalendarsPanel />, {
      mocks: [
        calendarsMock([berlin]),
        holidaysMock(christmas),
        {
          request: {
            query: addHolidayMutation,
            variables: (v: AddHolidayMutationVariables) => {
              sent = v;
              return true;
            },
          },
          result: { data: { addHoliday: { ...berlin, holidayCount: 3 } } },
        },
        holidaysMock([...christmas, { date: `${YEAR}-08-15`, name: 'Assumption Day' }]),
      ],
    });
    await screen.findByRole('table', { name: `Holidays of Berlin office in ${YEAR}` });
    const form = screen.getByRole('form', { name: 'Add a holiday to Berlin office' });
    fireEvent.change(within(form).getByLabelText(/^Day/), { target: { value: `${YEAR}-12-25` } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add holiday' }));
    expect(await within(form).findByText('That day is a holiday on this calendar already.')).toBeInTheDocument();
    expect(within(form).getByText('Name the holiday.')).toBeInTheDocument();

    fireEvent.change(within(form).getByLabelText(/^Day/), { target: { value: `${YEAR}-08-15` } });
    fireEvent.change(within(form).getByRole('textbox', { name: 'Holiday' }), { target: { value: 'Assumption Day' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add holiday' }));
    await waitFor(() =>
      expect(sent).toEqual({ input: { calendarId: 'c-berlin', date: `${YEAR}-08-15`, name: 'Assumption Day' } }),
    );
  });

  it('imports a file and says what came in and what was skipped, and why', async () => {
    let sent: ImportHolidaysMutationVariables | undefined;
    renderWithProviders(<HolidayCalendarsPanel />, {
      mocks: [
        calendarsMock([berlin]),
        holidaysMock(christmas),
        {
          request: {
            query: importHolidaysMutation,
            variables: (v: ImportHolidaysMutationVariables) => {
              sent = v;
              return true;
            },
          },
          result: {
            data: {
              importHolidays: {
                __typename: 'HolidayImport',
                calendar: { ...berlin, holidayCount: 3 },
                imported: [{ __typename: 'Holiday', date: `${YEAR}-11-11`, name: 'St Martin' }],
                skipped: [
                  {
                    __typename: 'SkippedHoliday',
                    name: 'Office party',
                    date: `${YEAR}-12-18`,
                    reason: 'It is not an all-day event: it has a time of day.',
                  },
                ],
                fromYear: YEAR,
                toYear: YEAR + 1,
              },
            },
          },
        },
        holidaysMock(christmas),
      ],
    });
    await screen.findByRole('table', { name: `Holidays of Berlin office in ${YEAR}` });
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('Choose an iCalendar (.ics) file.')).toBeInTheDocument();

    const file = new File(['BEGIN:VCALENDAR\r\nEND:VCALENDAR'], 'holidays.ics', { type: 'text/calendar' });
    const input = document.querySelector('input[type="file"]');
    if (!input) throw new Error('No file input');
    fireEvent.change(input, { target: { files: [file] } });
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('1 holiday imported, 1 skipped')).toBeInTheDocument();
    expect(sent).toEqual({ input: { calendarId: 'c-berlin', ics: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR' } });
    expect(
      within(screen.getByRole('list', { name: 'Skipped events' })).getByText(
        /^Office party \(.*\): It is not an all-day event: it has a time of day\.$/,
      ),
    ).toBeInTheDocument();
  });

  it('names a file the API refuses', async () => {
    renderWithProviders(<HolidayCalendarsPanel />, {
      mocks: [
        calendarsMock([berlin]),
        holidaysMock(christmas),
        {
          request: { query: importHolidaysMutation, variables: () => true },
          result: apiError('BAD_USER_INPUT', 'This is not an iCalendar file (invalid line).', { field: 'ics' }),
        },
      ],
    });
    await screen.findByRole('table', { name: `Holidays of Berlin office in ${YEAR}` });
    const input = document.querySelector('input[type="file"]');
    if (!input) throw new Error('No file input');
    fireEvent.change(input, { target: { files: [new File(['nope'], 'x.ics')] } });
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('This is not an iCalendar file (invalid line).')).toBeInTheDocument();
  });
});
