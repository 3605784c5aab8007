import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderWithProviders } from '@web/test/renderWithProviders';
import {
  addSuggestedTalkingPointMutation,
  dismissTalkingPointSuggestionMutation,
  meetingSuggestionsQuery,
} from '../graphql/suggestions';
import { SuggestionsPanel } from './SuggestionsPanel';

const overdue = {
  __typename: 'TalkingPointSuggestion' as const,
  key: 'overdue_action:a1',
  signal: 'OVERDUE_ACTION' as const,
  text: 'Overdue: Write up the retry design',
  reason: "Sam Okafor's action item was due 3 days ago.",
  tags: ['actions'],
};
const workload = {
  __typename: 'TalkingPointSuggestion' as const,
  key: 'over_allocated:2026-W49',
  signal: 'OVER_ALLOCATED' as const,
  text: 'Workload: Sam is planned above 100% in week 49',
  reason: 'The staffing plan puts Sam at up to 130% in 1 week.',
  tags: ['workload'],
};

describe('SuggestionsPanel', () => {
  it('lists each suggestion with why, adds one to the agenda and dismisses another', async () => {
    const onAdded = jest.fn();
    renderWithProviders(<SuggestionsPanel meetingId="m1" onAdded={onAdded} />, {
      mocks: [
        {
          request: { query: meetingSuggestionsQuery, variables: { meetingId: 'm1' } },
          result: { data: { meetingSuggestions: [overdue, workload] } },
        },
        {
          request: { query: addSuggestedTalkingPointMutation, variables: { meetingId: 'm1', key: overdue.key } },
          result: { data: { addSuggestedTalkingPoint: [workload] } },
        },
        {
          request: { query: dismissTalkingPointSuggestionMutation, variables: { meetingId: 'm1', key: workload.key } },
          result: { data: { dismissTalkingPointSuggestion: [] } },
        },
      ],
    });

    const panel = await screen.findByRole('region', { name: 'Trellis suggests' });
    expect(within(panel).getByText("Sam Okafor's action item was due 3 days ago.")).toBeInTheDocument();
    fireEvent.click(within(panel).getByRole('button', { name: `Add to the agenda: ${overdue.text}` }));
    expect(await within(panel).findByText(workload.text)).toBeInTheDocument();
    await screen.findByRole('button', { name: `Dismiss for this meeting: ${workload.text}` });
    expect(screen.queryByText(overdue.text)).toBeNull();
    expect(onAdded).toHaveBeenCalledTimes(1);

    fireEvent.click(screen.getByRole('button', { name: `Dismiss for this meeting: ${workload.text}` }));
    // Nothing left to suggest: the panel steps aside.
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Trellis suggests' })).toBeNull());
    expect(onAdded).toHaveBeenCalledTimes(1);
  });
});
