import { Modal } from '@mantine/core';
import { screen } from '@testing-library/react';
import { renderWithProviders } from '../test/renderWithProviders';

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
});
