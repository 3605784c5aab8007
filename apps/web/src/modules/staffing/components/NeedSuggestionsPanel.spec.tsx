import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderWithProviders } from '@web/test/renderWithProviders';
import { createAllocationMutation } from '../graphql/createAllocationMutation';
import { needSuggestionsQuery } from '../graphql/needSuggestionsQuery';
import { buildAllocation } from '../testing/timelineBuilders';
import { NeedSuggestionsPanel } from './NeedSuggestionsPanel';

const NEED = {
  id: 'need-1',
  role: 'API reviewer',
  percent: 20,
  openPercent: 20,
  startDate: '2026-03-02',
  endDate: '2026-04-24',
};
const SAM = {
  __typename: 'StaffingSuggestion' as const,
  person: {
    __typename: 'StaffedPerson' as const,
    id: 'p-sam',
    name: 'Sam Okafor',
    title: 'Software Engineer',
    teamName: 'Payments',
  },
  score: 1.5,
  capacityFit: 1,
  competencyFit: 1,
  growthValue: 0.5,
  stretchGoal: { __typename: 'StretchGoal' as const, id: 'goal-refunds', title: 'Design the refunds API' },
  meets: ['API contracts'],
  below: [],
  grows: ['API contracts'],
  explanation:
    'Sam Okafor has 30% free in weeks 10–17, meets API contracts, and is working toward API contracts, which this need exercises.',
};
const PRIYA = {
  ...SAM,
  person: { ...SAM.person, id: 'p-priya', name: 'Priya Raman' },
  score: 0.5,
  stretchGoal: null,
  grows: [],
  explanation: 'Priya Raman has at most 10% free in these weeks and meets API contracts.',
};
const suggestions = (list: (typeof SAM | typeof PRIYA)[]) => ({
  request: { query: needSuggestionsQuery, variables: { needId: 'need-1' } },
  result: {
    data: {
      needSuggestions: {
        __typename: 'NeedSuggestions',
        needId: 'need-1',
        role: 'API reviewer',
        projectName: 'Refunds API',
        percent: 20,
        openPercent: 20,
        suggestions: list,
      },
    },
  },
});

describe('NeedSuggestionsPanel', () => {
  it('explains each suggestion and offers a stretch only where a goal grows', async () => {
    renderWithProviders(<NeedSuggestionsPanel need={NEED} />, { mocks: [suggestions([SAM, PRIYA])] });
    expect(await screen.findByText(SAM.explanation)).toBeInTheDocument();
    expect(screen.getByText('Stretch: Design the refunds API')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Assign Sam as a stretch' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Assign Priya as safe' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Assign Priya as a stretch' })).toBeNull();
  });

  it('assigns the need as a stretch, linked to the goal', async () => {
    const onAssigned = jest.fn();
    renderWithProviders(<NeedSuggestionsPanel need={NEED} onAssigned={onAssigned} />, {
      mocks: [
        suggestions([SAM]),
        {
          request: {
            query: createAllocationMutation,
            variables: {
              input: {
                personId: 'p-sam',
                needId: 'need-1',
                percent: 20,
                startDate: '2026-03-02',
                endDate: '2026-04-24',
                status: 'CONFIRMED',
                note: '',
                goalIds: ['goal-refunds'],
              },
            },
          },
          result: {
            data: {
              createAllocation: {
                __typename: 'AllocationResult',
                allocation: buildAllocation({ needId: 'need-1', percent: 20 }),
                overAllocatedWeeks: [],
                warning: null,
              },
            },
          },
        },
        suggestions([]),
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Assign Sam as a stretch' }));
    await waitFor(() => expect(onAssigned).toHaveBeenCalled());
  });

  it('says so when nobody fits', async () => {
    renderWithProviders(<NeedSuggestionsPanel need={NEED} />, { mocks: [suggestions([])] });
    expect(await screen.findByText('Nobody free with the skills yet')).toBeInTheDocument();
  });
});
