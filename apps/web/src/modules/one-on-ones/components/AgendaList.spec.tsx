import { act, fireEvent, screen, within } from '@testing-library/react';
import { renderWithProviders } from '@web/test/renderWithProviders';
import { AgendaList, type AgendaPoint } from './AgendaList';

const point = (id: string, text: string, extra: Partial<AgendaPoint> = {}): AgendaPoint => ({
  id,
  text,
  authorName: 'Sam Okafor',
  discussed: false,
  carriedFrom: null,
  tags: [],
  mine: true,
  ...extra,
});

const handlers = () => ({
  onMove: jest.fn(async () => undefined),
  onToggle: jest.fn(async () => undefined),
  onRemove: jest.fn(async () => undefined),
  onAdd: jest.fn(async () => undefined),
});

describe('AgendaList', () => {
  it('shows both sides’ points in order, with where a carried one came from', () => {
    renderWithProviders(
      <AgendaList
        editable
        points={[
          point('1', 'On-call load'),
          point('2', 'Conference budget', {
            authorName: 'Maya Chen',
            mine: false,
            carriedFrom: 'Carried over from 27 Nov',
          }),
        ]}
        {...handlers()}
      />,
    );
    const items = within(screen.getByRole('list', { name: 'Agenda' })).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringContaining('On-call load'),
      expect.stringContaining('Conference budget'),
    ]);
    expect(within(items[1]).getByText('Carried over from 27 Nov')).toBeInTheDocument();
    // Only the author removes a point.
    expect(within(items[0]).getByRole('button', { name: 'Remove: On-call load' })).toBeInTheDocument();
    expect(within(items[1]).queryByRole('button', { name: /Remove/ })).toBeNull();
  });

  it('gives each point a keyboard handle with instructions for screen readers', () => {
    renderWithProviders(<AgendaList editable points={[point('1', 'First'), point('2', 'Second')]} {...handlers()} />);
    // Moving itself needs layout (the journey drags and presses keys in a real browser).
    const handle = screen.getByRole('button', { name: 'Move: First' });
    expect(handle).toHaveAttribute('aria-roledescription', 'sortable');
    expect(handle).toHaveAttribute('aria-describedby');
    expect(screen.getByText(/press space or enter, use the up and down arrows/)).toBeInTheDocument();
  });

  it('ticks a point off and adds one, refusing an empty point', async () => {
    const h = handlers();
    renderWithProviders(<AgendaList editable points={[point('1', 'On-call load')]} {...h} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Discussed: On-call load' }));
    expect(h.onToggle).toHaveBeenCalledWith('1', true);

    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(await screen.findByText('Write the point first.')).toBeInTheDocument();
    expect(h.onAdd).not.toHaveBeenCalled();

    fireEvent.change(screen.getByRole('textbox', { name: 'Add a talking point' }), {
      target: { value: '  Promotion timeline ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await act(async () => undefined);
    expect(h.onAdd).toHaveBeenCalledWith('Promotion timeline');
    expect(screen.getByRole('textbox', { name: 'Add a talking point' })).toHaveValue('');
  });

  it('is a record once the meeting is over: no handles, boxes locked, no add form', () => {
    renderWithProviders(
      <AgendaList editable={false} points={[point('1', 'Done', { discussed: true })]} {...handlers()} />,
    );
    expect(screen.queryByRole('button', { name: /Move/ })).toBeNull();
    expect(screen.getByRole('checkbox', { name: 'Discussed: Done' })).toBeDisabled();
    expect(screen.queryByRole('textbox', { name: 'Add a talking point' })).toBeNull();
  });
});
