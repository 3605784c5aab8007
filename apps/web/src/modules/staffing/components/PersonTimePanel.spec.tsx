import { fireEvent, screen, within } from '@testing-library/react';
import { addDays, mondayOf } from '@trellis/domain';
import type { PersonTimeQuery } from '@web/generated/graphql';
import { todayIso } from '@web/modules/goals/utils/dates';
import { apiError } from '@web/test/graphqlResults';
import { renderWithProviders } from '@web/test/renderWithProviders';
import { personTimeQuery } from '../graphql/personTimeQuery';
import { buildFigures } from '../testing/staffingBuilders';
import { PersonTimePanel } from './PersonTimePanel';

jest.setTimeout(20_000);

const variables = { personId: 'p-sam', from: addDays(mondayOf(todayIso()), -28), weeks: 30, teamId: 't-payments' };

function answer(overrides: { growthAlignedShare?: number | null; note?: string | null } = {}): PersonTimeQuery {
  return {
    staffingTimeline: {
      __typename: 'StaffingTimeline',
      from: variables.from,
      to: addDays(variables.from, 30 * 7 - 1),
      rows: [
        {
          __typename: 'TimelineRow',
          canAllocate: false,
          person: {
            __typename: 'StaffedPerson',
            id: 'p-sam',
            name: 'Sam Okafor',
            workingDays: [1, 2, 3, 4],
            holidayCalendarId: 'cal-berlin',
            holidayCalendarName: 'Berlin office',
          },
          allocations: [
            {
              __typename: 'Allocation',
              id: 'a-1',
              personId: 'p-sam',
              projectId: 'pr-refunds',
              projectName: 'Refunds API',
              needId: null,
              kind: 'DELIVERY',
              percent: 60,
              startDate: '2026-01-05',
              endDate: '2026-06-28',
              status: 'CONFIRMED',
              note: '',
              version: 1,
              scenarioChange: null,
              replacesId: null,
              growthAligned: true,
              stretchGoals: [{ __typename: 'StretchGoal', id: 'g-1', title: 'Design a public API' }],
            },
            {
              __typename: 'Allocation',
              id: 'a-2',
              personId: 'p-sam',
              projectId: null,
              projectName: null,
              needId: null,
              kind: 'DEVELOPMENT',
              percent: 20,
              startDate: '2026-02-02',
              endDate: '2026-03-01',
              status: 'TENTATIVE',
              note: '',
              version: 1,
              scenarioChange: null,
              replacesId: null,
              growthAligned: null,
              stretchGoals: [],
            },
          ],
          timeOff: [
            {
              __typename: 'TimeOff',
              id: 'to-1',
              personId: 'p-sam',
              startDate: '2026-04-06',
              endDate: '2026-04-10',
              percent: 100,
              category: 'LEAVE',
              note: overrides.note === undefined ? 'Family visit' : overrides.note,
              version: 1,
            },
          ],
        },
      ],
    },
    staffingBalance: {
      __typename: 'StaffingBalance',
      developmentTarget: 0.2,
      quarter: { __typename: 'Quarter', key: 'FY2026-Q4', label: 'FY2026 Q4' },
      people: [
        {
          __typename: 'PersonBalance',
          person: { __typename: 'StaffedPerson', id: 'p-sam' },
          figures: buildFigures({
            developmentShare: 0.05,
            developmentShortfall: 0.15,
            growthAlignedShare: overrides.growthAlignedShare === undefined ? 0.5 : overrides.growthAlignedShare,
          }),
          drought: { __typename: 'DevelopmentDrought', from: '2026-W02', to: '2026-W06', weeks: 5 },
        },
      ],
    },
  };
}

function renderPanel(result: object, { noteVisible = true, isSelf = true } = {}) {
  return renderWithProviders(
    <PersonTimePanel
      personId="p-sam"
      personName="Sam Okafor"
      teamId="t-payments"
      isSelf={isSelf}
      noteVisible={noteVisible}
    />,
    { mocks: [{ request: { query: personTimeQuery, variables }, result }] },
  );
}

describe('PersonTimePanel', () => {
  it("shows the person's allocations, time off with its note, and the quarter's balance", async () => {
    renderPanel({ data: answer() });

    expect(screen.getByText('Loading time')).toBeInTheDocument();
    const allocations = await screen.findByRole('table', { name: 'Your allocations' });
    const rows = within(allocations).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Refunds API');
    expect(rows[1]).toHaveTextContent('Stretch toward: Design a public API');
    expect(rows[2]).toHaveTextContent('Development time');
    expect(within(rows[2]).getByText('Tentative')).toBeInTheDocument();

    const timeOff = screen.getByRole('list', { name: 'Your time off' });
    expect(within(timeOff).getByText('Family visit')).toBeInTheDocument();
    expect(within(timeOff).getByText('Leave')).toBeInTheDocument();

    expect(screen.getByText('No development time for 5 weeks: W02–W06')).toBeInTheDocument();
    expect(screen.getByText('Growth-aligned')).toBeInTheDocument();
    expect(screen.getByText('below the 20% target')).toBeInTheDocument();
    // What the capacity maths reads of Sam: a four-day week and the Berlin office's holidays.
    expect(screen.getByText('Mon–Thu')).toBeInTheDocument();
    expect(screen.getByText('Berlin office')).toBeInTheDocument();
  });

  it('leaves out what the viewer may not see: growth-aligned shares and notes', async () => {
    renderPanel({ data: answer({ growthAlignedShare: null, note: null }) }, { noteVisible: false, isSelf: false });

    expect(await screen.findByRole('table', { name: 'Sam Okafor’s allocations' })).toBeInTheDocument();
    expect(screen.queryByText('Growth-aligned')).toBeNull();
    expect(screen.queryByText('Family visit')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Add time off' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add time off for Sam Okafor' });
    expect(within(dialog).queryByRole('textbox', { name: 'Note' })).toBeNull();
  });

  it('checks the time off before sending it', async () => {
    const { operations } = renderPanel({ data: answer() });

    fireEvent.click(await screen.findByRole('button', { name: 'Add time off' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add time off' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add time off' }));
    expect(await within(dialog).findByText('Enter a start date')).toBeInTheDocument();
    expect(within(dialog).getByText('Enter an end date')).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/^First day/)).toHaveFocus();

    fireEvent.change(within(dialog).getByLabelText(/^First day/), { target: { value: '2026-05-04' } });
    fireEvent.change(within(dialog).getByLabelText(/^Last day/), { target: { value: '2026-05-01' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /^Share of each day/ }), { target: { value: '' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add time off' }));
    expect(await within(dialog).findByText('The end date must be on or after the start date')).toBeInTheDocument();
    expect(within(dialog).getByText('Enter the share of each day taken off')).toBeInTheDocument();
    expect(operations).not.toContain('AddTimeOff');
  });

  it('says so when the plan is not the viewer’s to see', async () => {
    renderPanel(apiError('FORBIDDEN', 'A person’s plan is seen by them, their manager chain and admins.'));
    expect(await screen.findByText('Not yours to see')).toBeInTheDocument();
  });

  it('offers a retry when the plan could not be loaded', async () => {
    renderPanel(apiError('INTERNAL_SERVER_ERROR', 'Unexpected error.'));
    expect(await screen.findByText('Could not load your time')).toBeInTheDocument();
  });
});
