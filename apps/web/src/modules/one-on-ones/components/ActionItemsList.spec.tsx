import { act, fireEvent, screen, within } from '@testing-library/react';
import { renderWithProviders } from '@web/test/renderWithProviders';
import { ActionItemsList, type ActionItemView } from './ActionItemsList';

const owners = [
  { id: 'maya', name: 'Maya Chen' },
  { id: 'sam', name: 'Sam Okafor' },
];
const item = (id: string, text: string, extra: Partial<ActionItemView> = {}): ActionItemView => ({
  id,
  text,
  ownerId: 'sam',
  ownerName: 'Sam Okafor',
  dueDate: '2026-12-01',
  done: false,
  overdue: false,
  carriedFrom: null,
  ...extra,
});

describe('ActionItemsList', () => {
  it('marks overdue and carried items, and ticks one done', () => {
    const onToggle = jest.fn(async () => undefined);
    renderWithProviders(
      <ActionItemsList
        editable
        owners={owners}
        items={[
          item('1', 'Write the RFC', { overdue: true, carriedFrom: 'Agreed on 27 Nov' }),
          item('2', 'Book the course'),
        ]}
        onToggle={onToggle}
        onRemove={jest.fn()}
        onAdd={jest.fn()}
      />,
    );
    const [first] = within(screen.getByRole('list', { name: 'Action items' })).getAllByRole('listitem');
    expect(within(first).getByText('Overdue')).toBeInTheDocument();
    expect(within(first).getByText('Agreed on 27 Nov')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Done: Write the RFC' }));
    expect(onToggle).toHaveBeenCalledWith('1', true);
  });

  it('adds an item for either side, with a due date, and names what is missing', async () => {
    const onAdd = jest.fn(async () => undefined);
    renderWithProviders(
      <ActionItemsList editable owners={owners} items={[]} onToggle={jest.fn()} onRemove={jest.fn()} onAdd={onAdd} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Add action item' }));
    expect(await screen.findByText('Say what is to be done.')).toBeInTheDocument();

    fireEvent.change(screen.getByRole('textbox', { name: 'New action item' }), {
      target: { value: 'Share the slides' },
    });
    fireEvent.change(screen.getByLabelText('Due (optional)'), { target: { value: '2026-12-11' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add action item' }));
    await act(async () => undefined);
    expect(onAdd).toHaveBeenCalledWith({ text: 'Share the slides', ownerId: 'sam', dueDate: '2026-12-11' });
  });
});
