import { fireEvent, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { type Mock, renderWithProviders } from '@web/test/renderWithProviders';
import { createAllocationMutation } from '../graphql/createAllocationMutation';
import { buildAllocation } from '../testing/timelineBuilders';
import { AllocationForm } from './AllocationForm';

const PROJECTS = [
  {
    __typename: 'Project' as const,
    id: 'project-fraud',
    name: 'Fraud rules',
    kind: 'DELIVERY' as const,
    status: 'ACTIVE' as const,
    startDate: '2026-01-01',
    endDate: '2026-12-31',
    needs: [],
  },
];
const PRESET = { personId: 'p-luis', startDate: '2026-03-02', endDate: '2026-03-13' };
const INPUT = {
  personId: 'p-luis',
  projectId: 'project-fraud',
  needId: null,
  kind: 'DELIVERY',
  percent: 20,
  startDate: '2026-03-02',
  endDate: '2026-03-13',
  status: 'CONFIRMED',
  note: '',
  goalIds: [],
};

function renderForm(mocks: readonly Mock[] = []) {
  const onSaved = jest.fn();
  renderWithProviders(
    <AllocationForm
      people={[{ id: 'p-luis', name: 'Luis Ortega' }]}
      projects={PROJECTS}
      existing={null}
      preset={PRESET}
      canLinkGoals={false}
      onSaved={onSaved}
      onCancel={() => undefined}
      onReload={() => Promise.resolve()}
    />,
    { mocks },
  );
  return { onSaved };
}

describe('AllocationForm', () => {
  it('asks for a project before anything is sent, and focuses it', async () => {
    renderForm();
    fireEvent.click(screen.getByRole('button', { name: 'Plan time' }));
    expect(await screen.findByText('Choose a project, or development time.')).toBeInTheDocument();
  });

  it('shows the API’s refusal above 100% on the share, naming the weeks', async () => {
    const { onSaved } = renderForm([
      {
        request: { query: createAllocationMutation, variables: { input: INPUT } },
        result: {
          errors: [
            new GraphQLError(
              'This would put Luis Ortega above 100% in the week of 2 Mar 2026 (120%). Lower the share or move other work first.',
              {
                extensions: { code: 'BAD_USER_INPUT', field: 'percent' },
              },
            ),
          ],
        },
      },
    ]);
    fireEvent.click(screen.getByRole('combobox', { name: /^Project/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Fraud rules' }));
    fireEvent.click(screen.getByRole('button', { name: 'Plan time' }));
    expect(
      await screen.findByText(/This would put Luis Ortega above 100% in the week of 2 Mar 2026/),
    ).toBeInTheDocument();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('hands the saved allocation and any warning back', async () => {
    const { onSaved } = renderForm([
      {
        request: { query: createAllocationMutation, variables: { input: INPUT } },
        result: {
          data: {
            createAllocation: {
              __typename: 'AllocationResult',
              allocation: buildAllocation({
                personId: 'p-luis',
                projectId: 'project-fraud',
                projectName: 'Fraud rules',
                percent: 20,
              }),
              overAllocatedWeeks: [],
              warning: null,
            },
          },
        },
      },
    ]);
    fireEvent.click(screen.getByRole('combobox', { name: /^Project/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Fraud rules' }));
    fireEvent.click(screen.getByRole('button', { name: 'Plan time' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ warning: null })));
  });
});
