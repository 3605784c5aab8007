import { Modal } from '@mantine/core';
import { fireEvent, screen } from '@testing-library/react';
import { renderWithProviders } from '@web/test/renderWithProviders';

describe('theme', () => {
  it("gives a dialog's title bar no banner landmark of its own, and names its close button", async () => {
    renderWithProviders(
      <Modal opened onClose={() => undefined} title="Deactivate user?">
        Body
      </Modal>,
    );
    const dialog = await screen.findByRole('dialog', { name: 'Deactivate user?' });
    expect(dialog.querySelector('header')).toBeNull();
    expect(screen.queryByRole('banner')).toBeNull();
    expect(screen.getByRole('button', { name: 'Close dialog' })).toBeInTheDocument();
  });

  it('keeps a dialog open on a click beside it, and closes it with Escape', async () => {
    const onClose = jest.fn();
    renderWithProviders(
      <Modal opened onClose={onClose} title="New goal">
        Body
      </Modal>,
    );
    await screen.findByRole('dialog', { name: 'New goal' });
    const overlay = document.querySelector('.mantine-Modal-overlay');
    expect(overlay).not.toBeNull();
    fireEvent.mouseDown(overlay as Element);
    fireEvent.click(overlay as Element);
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.keyDown(screen.getByRole('dialog', { name: 'New goal' }), { key: 'Escape' });
    expect(onClose).toHaveBeenCalled();
  });
});
