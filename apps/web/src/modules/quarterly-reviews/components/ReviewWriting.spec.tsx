import { act, fireEvent, screen, within } from '@testing-library/react';
import type { ReviewFieldsFragment } from '@web/generated/graphql';
import { renderWithProviders } from '@web/test/renderWithProviders';
import { closeReviewCycleMutation, writeReviewMutation } from '../graphql/reviewMutations';
import { CloseCycleButton } from './CloseCycleButton';
import { ManagerWriting, ManagerWritingRead, Reflection } from './ReviewWriting';

function review(over: Partial<ReviewFieldsFragment> = {}): ReviewFieldsFragment {
  return {
    __typename: 'Review',
    id: 'r1',
    cycleId: 'c1',
    quarter: 'FY2026-Q4',
    quarterLabel: 'FY2026 Q4',
    cycleStatus: 'OPEN',
    state: 'NOT_STARTED',
    summary: '',
    strengths: '',
    focus: '',
    readiness: null,
    reflection: '',
    sharedAt: null,
    sharedByName: null,
    acknowledgedAt: null,
    focusGoalId: null,
    canWrite: true,
    canReflect: false,
    version: 3,
    person: {
      __typename: 'ReviewPerson',
      id: 'sam',
      name: 'Sam Okafor',
      title: 'Engineer',
      teamName: 'Payments',
      managerName: 'Maya',
    },
    adjustments: [],
    packet: {} as ReviewFieldsFragment['packet'],
    ...over,
  } as ReviewFieldsFragment;
}

describe('ManagerWriting', () => {
  it('shares only a saved summary, and says why not yet', () => {
    renderWithProviders(<ManagerWriting review={review()} onReload={jest.fn()} />);
    expect(screen.getByRole('button', { name: 'Share with Sam' })).toBeDisabled();
    expect(screen.getByText('To share: write and save a summary first.')).toBeInTheDocument();
    fireEvent.change(screen.getByRole('textbox', { name: /^Summary/ }), { target: { value: 'A good quarter.' } });
    expect(screen.getByText('To share: save your changes first.')).toBeInTheDocument();
  });

  it('never overwrites a newer save: it says someone else saved and offers a reload', async () => {
    const onReload = jest.fn(async () => undefined);
    renderWithProviders(<ManagerWriting review={review()} onReload={onReload} />, {
      mocks: [
        {
          request: {
            query: writeReviewMutation,
            variables: {
              input: { id: 'r1', version: 3, summary: 'Mine', strengths: '', focus: '', readiness: null },
            },
          },
          result: { errors: [{ message: 'Changed since', extensions: { code: 'CONFLICT' } }] },
        },
      ],
    });
    fireEvent.change(screen.getByRole('textbox', { name: /^Summary/ }), { target: { value: 'Mine' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Someone else saved this review since you opened it');
    await act(async () => {
      fireEvent.click(within(alert).getByRole('button', { name: 'Reload' }));
    });
    expect(onReload).toHaveBeenCalled();
  });
});

describe('what the person sees', () => {
  it('says the manager’s review is not shared yet, and lets them reflect', () => {
    const mine = review({ canWrite: false, canReflect: true, summary: null, strengths: null, focus: null });
    renderWithProviders(
      <>
        <ManagerWritingRead review={mine} />
        <Reflection review={mine} onReload={jest.fn()} />
      </>,
    );
    expect(screen.getByText(/Not shared with you yet/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Your reflection/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Acknowledge' })).toBeNull();
  });
});

describe('CloseCycleButton', () => {
  it('names the unshared reviews and closes anyway when asked', async () => {
    let confirmed: boolean | undefined;
    renderWithProviders(<CloseCycleButton cycle={{ id: 'c1', version: 1, quarterLabel: 'FY2026 Q4' }} />, {
      mocks: [
        {
          request: {
            query: closeReviewCycleMutation,
            variables: { input: { id: 'c1', version: 1, confirmUnshared: false } },
          },
          result: {
            errors: [
              {
                message: '16 of 19 reviews are not shared yet. Close anyway to freeze them as they are.',
                extensions: { code: 'BAD_USER_INPUT', field: 'confirmUnshared' },
              },
            ],
          },
        },
        {
          request: {
            query: closeReviewCycleMutation,
            variables: (v: { input: { confirmUnshared: boolean } }) => {
              confirmed = v.input.confirmUnshared;
              return true;
            },
          },
          result: { errors: [{ message: 'Stop here', extensions: { code: 'FORBIDDEN' } }] },
        },
      ],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Close quarter' }));
    const dialog = await screen.findByRole('dialog', { name: 'Close the FY2026 Q4 review?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close quarter' }));
    expect(await within(dialog).findByText(/16 of 19 reviews are not shared yet/)).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close anyway' }));
    await within(dialog).findByText('Stop here');
    expect(confirmed).toBe(true);
  });
});
