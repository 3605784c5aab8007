import { act, fireEvent, screen } from '@testing-library/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { renderWithProviders } from '@web/test/renderWithProviders';
import { AUTOSAVE_MS, PrivateNoteEditor, type SavedNote } from './PrivateNoteEditor';

const conflict = () =>
  new CombinedGraphQLErrors({
    errors: [{ message: 'Changed since', extensions: { code: 'CONFLICT' } }],
  });

describe('PrivateNoteEditor', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('saves after a pause in typing, over the version it read', async () => {
    const save = jest.fn(async (body: string, version: number): Promise<SavedNote> => ({ body, version: version + 1 }));
    renderWithProviders(<PrivateNoteEditor note={{ body: '', version: 0 }} save={save} reload={jest.fn()} />);
    const box = screen.getByRole('textbox', { name: 'Your private notes' });
    fireEvent.change(box, { target: { value: 'Sam seems tired' } });
    expect(screen.getByText('Not saved yet')).toBeInTheDocument();
    await act(async () => {
      jest.advanceTimersByTime(AUTOSAVE_MS);
    });
    expect(save).toHaveBeenCalledWith('Sam seems tired', 0);
    expect(await screen.findByText('Saved')).toBeInTheDocument();

    fireEvent.change(box, { target: { value: 'Sam seems tired; ask about on-call' } });
    await act(async () => {
      jest.advanceTimersByTime(AUTOSAVE_MS);
    });
    expect(save).toHaveBeenLastCalledWith('Sam seems tired; ask about on-call', 1);
  });

  it('never overwrites a newer save: it asks which text to keep', async () => {
    const save = jest
      .fn<Promise<SavedNote>, [string, number]>()
      .mockRejectedValueOnce(conflict())
      .mockImplementation(async (body, version) => ({ body, version: version + 1 }));
    const reload = jest.fn(async (): Promise<SavedNote> => ({ body: 'From the other tab', version: 4 }));
    renderWithProviders(<PrivateNoteEditor note={{ body: 'Old', version: 3 }} save={save} reload={reload} />);
    fireEvent.change(screen.getByRole('textbox', { name: 'Your private notes' }), { target: { value: 'Mine' } });
    await act(async () => {
      jest.advanceTimersByTime(AUTOSAVE_MS);
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Your note changed somewhere else');

    fireEvent.click(screen.getByRole('button', { name: 'Keep what is here' }));
    await act(async () => {
      await Promise.resolve();
    });
    expect(save).toHaveBeenLastCalledWith('Mine', 4);
    expect(await screen.findByText('Saved')).toBeInTheDocument();
  });

  it('can take the saved version instead', async () => {
    const save = jest.fn<Promise<SavedNote>, [string, number]>().mockRejectedValue(conflict());
    const reload = jest.fn(async (): Promise<SavedNote> => ({ body: 'From the other tab', version: 4 }));
    renderWithProviders(<PrivateNoteEditor note={{ body: 'Old', version: 3 }} save={save} reload={reload} />);
    const box = screen.getByRole('textbox', { name: 'Your private notes' });
    fireEvent.change(box, { target: { value: 'Mine' } });
    await act(async () => {
      jest.advanceTimersByTime(AUTOSAVE_MS);
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Take the saved version' }));
    await act(async () => {
      await Promise.resolve();
    });
    expect(box).toHaveValue('From the other tab');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
