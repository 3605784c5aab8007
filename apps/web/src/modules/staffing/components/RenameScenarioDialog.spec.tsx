import { fireEvent, screen, within } from '@testing-library/react';
import { renderWithProviders } from '@web/test/renderWithProviders';
import { renameScenarioMutation } from '../graphql/scenarioMutations';
import { pastScenariosQuery } from '../graphql/pastScenariosQuery';
import { PastScenariosButton } from './PastScenariosButton';
import { RenameScenarioDialog } from './RenameScenarioDialog';

const scenario = (id: string, name: string, status: 'DRAFT' | 'APPLIED' | 'DISCARDED', closedAt: string | null) => ({
  __typename: 'Scenario' as const,
  id,
  name,
  status,
  version: 2,
  author: 'Maya Lindqvist',
  added: 1,
  changed: 0,
  removed: 0,
  updatedAt: '2026-11-01T10:00:00Z',
  closedAt,
});

describe('RenameScenarioDialog', () => {
  it('asks for a name, and says when someone else changed the scenario first', async () => {
    const onReload = jest.fn(async () => undefined);
    renderWithProviders(
      <RenameScenarioDialog
        scenario={{ id: 's1', name: 'Reorg', version: 2 }}
        opened
        onClose={jest.fn()}
        onReload={onReload}
      />,
      {
        mocks: [
          {
            request: { query: renameScenarioMutation, variables: { id: 's1', input: { name: 'Reorg B', version: 2 } } },
            result: {
              errors: [{ message: 'The scenario was changed by someone else.', extensions: { code: 'CONFLICT' } }],
            },
          },
        ],
      },
    );
    const dialog = await screen.findByRole('dialog', { name: 'Rename the scenario' });
    const box = within(dialog).getByRole('textbox', { name: 'Name' });
    fireEvent.change(box, { target: { value: '  ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Rename' }));
    expect(await within(dialog).findByText('Name the scenario.')).toBeInTheDocument();
    fireEvent.change(box, { target: { value: 'Reorg B' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Rename' }));
    expect(await within(dialog).findByText('The scenario changed meanwhile')).toBeInTheDocument();
  });
});

describe('PastScenariosButton', () => {
  it('lists applied and discarded scenarios, newest first, and not the drafts', async () => {
    renderWithProviders(<PastScenariosButton />, {
      mocks: [
        {
          request: { query: pastScenariosQuery },
          result: {
            data: {
              scenarios: [
                scenario('a', 'Draft idea', 'DRAFT', null),
                scenario('b', 'Q3 reorg', 'APPLIED', '2026-09-01T10:00:00Z'),
                scenario('c', 'Hire two', 'DISCARDED', '2026-10-15T10:00:00Z'),
              ],
            },
          },
        },
      ],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Past scenarios' }));
    const table = await screen.findByRole('table', { name: 'Past scenarios' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0].textContent)).toEqual(['Hire two', 'Q3 reorg']);
    expect(within(rows[1]).getByText('Applied')).toBeInTheDocument();
    expect(within(table).queryByText('Draft idea')).toBeNull();
  });
});
