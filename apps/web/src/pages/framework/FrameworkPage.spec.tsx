import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { CurrentUserFragment } from '@web/generated/graphql';
import { meQuery } from '@web/modules/auth/graphql/meQuery';
import { frameworkQuery } from '@web/modules/framework/graphql/frameworkQuery';
import { frameworkYamlQuery } from '@web/modules/framework/graphql/frameworkYamlQuery';
import { importFrameworkMutation } from '@web/modules/framework/graphql/importFrameworkMutation';
import { updateFrameworkMutation } from '@web/modules/framework/graphql/updateFrameworkMutation';
import { buildCurrentUser, buildFramework } from '@web/test/builders';
import { renderWithProviders } from '@web/test/renderWithProviders';
import { FrameworkPage } from './FrameworkPage';
import { Link } from 'react-router';

const meMock = (me: CurrentUserFragment) => ({ request: { query: meQuery }, result: { data: { me } } });
const frameworkMock = { request: { query: frameworkQuery }, result: { data: { framework: buildFramework() } } };

/** The admin's editor, with a link to another page of the app. */
function renderEditorWithALink() {
  renderWithProviders(
    <>
      <Link to="/people">People</Link>
      <FrameworkPage />
    </>,
    { route: '/framework?tab=edit', path: '/framework', mocks: [meMock(buildCurrentUser('ADMIN')), frameworkMock] },
  );
}

describe('FrameworkPage', () => {
  it.each(['MEMBER', 'MANAGER'] as const)(
    'has no Edit tab for a %s, even when the address asks for it',
    async (role) => {
      const { operations } = renderWithProviders(<FrameworkPage />, {
        route: '/framework?tab=edit',
        mocks: [meMock(buildCurrentUser(role)), frameworkMock],
      });

      expect(await screen.findByRole('tab', { name: 'Browse' })).toHaveAttribute('aria-selected', 'true');
      expect(screen.queryByRole('tab', { name: /Edit/ })).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Save changes' })).not.toBeInTheDocument();
      expect(operations).not.toContain('UpdateFramework');
    },
  );

  it("keeps an admin's unsaved edit across tabs, and Browse shows it once saved", async () => {
    const after = buildFramework({ version: 5 });
    after.areas[0] = { ...after.areas[0], name: 'Craft and code' };
    renderWithProviders(<FrameworkPage />, {
      route: '/framework?tab=edit',
      mocks: [
        meMock(buildCurrentUser('ADMIN')),
        frameworkMock,
        {
          request: { query: updateFrameworkMutation, variables: () => true },
          result: {
            data: {
              updateFramework: { __typename: 'UpdateFrameworkResult', framework: after, problems: [] },
            },
          },
        },
      ],
    });

    const name = await screen.findByRole('textbox', { name: 'Area name' });
    fireEvent.change(name, { target: { value: 'Craft and code' } });
    expect(screen.getByRole('tab', { name: 'Edit (unsaved changes)' })).toBeInTheDocument();

    fireEvent.click(screen.getByRole('tab', { name: 'Browse' }));
    expect(await screen.findByRole('region', { name: 'Craft' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('tab', { name: /Edit/ }));
    expect(await screen.findByRole('textbox', { name: 'Area name' })).toHaveValue('Craft and code');

    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('No unsaved changes')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Edit' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('tab', { name: 'Browse' }));
    expect(await screen.findByRole('region', { name: 'Craft and code' })).toBeInTheDocument();
    // The editor renders a whole framework, twice here: slow under jsdom on a busy machine.
  }, 20_000);

  it('asks before another page discards unsaved edits: staying keeps them, discarding leaves', async () => {
    renderEditorWithALink();
    const location = () => screen.getByTestId('location').textContent;

    const name = await screen.findByRole('textbox', { name: 'Area name' });
    fireEvent.change(name, { target: { value: 'Craft and code' } });
    fireEvent.click(screen.getByRole('link', { name: 'People' }));
    const ask = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    expect(ask).toHaveTextContent('Leaving this page discards your edits to the framework.');
    fireEvent.click(within(ask).getByRole('button', { name: 'Stay on this page' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Leave without saving?' })).toBeNull());
    expect(location()).toBe('/framework');
    expect(screen.getByRole('textbox', { name: 'Area name' })).toHaveValue('Craft and code');

    fireEvent.click(screen.getByRole('link', { name: 'People' }));
    fireEvent.click(
      within(await screen.findByRole('dialog', { name: 'Leave without saving?' })).getByRole('button', {
        name: 'Discard and leave',
      }),
    );
    await waitFor(() => expect(location()).toBe('/people'));
  }, 20_000);

  it('leaves without asking when nothing is changed', async () => {
    renderEditorWithALink();
    await screen.findByRole('textbox', { name: 'Area name' });
    fireEvent.click(screen.getByRole('link', { name: 'People' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/people'));
    expect(screen.queryByRole('dialog', { name: 'Leave without saving?' })).toBeNull();
  }, 20_000);

  it('has no Import / export tab for a non-admin, even when the address asks for it', async () => {
    const { operations } = renderWithProviders(<FrameworkPage />, {
      route: '/framework?tab=import-export',
      mocks: [meMock(buildCurrentUser('MANAGER')), frameworkMock],
    });

    expect(screen.getByRole('heading', { level: 1, name: 'Career framework' })).toBeInTheDocument();
    expect(await screen.findByRole('tab', { name: 'Browse' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: 'Compare levels' })).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Import / export' })).not.toBeInTheDocument();
    expect(operations).not.toContain('FrameworkYaml');
  });

  it('offers Import / export to an admin, prefilled from the export', async () => {
    renderWithProviders(<FrameworkPage />, {
      route: '/framework?tab=import-export',
      mocks: [
        meMock(buildCurrentUser('ADMIN')),
        frameworkMock,
        { request: { query: frameworkYamlQuery }, result: { data: { frameworkYaml: 'name: Acme\n' } } },
      ],
    });

    expect(await screen.findByRole('tab', { name: 'Import / export' })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByRole('textbox', { name: 'Framework YAML' })).toHaveValue('name: Acme\n');
    expect(screen.getByRole('region', { name: 'Exported framework YAML' })).toHaveTextContent('name: Acme');
    expect(screen.getByRole('button', { name: 'Download YAML' })).toBeInTheDocument();
  });

  it('shows each competency at the chosen level and hides retired items until asked', async () => {
    renderWithProviders(<FrameworkPage />, { mocks: [meMock(buildCurrentUser('MEMBER')), frameworkMock] });

    const craft = await screen.findByRole('region', { name: 'Craft' });
    expect(within(craft).getByText('Writes clear code with tests for the changes they make.')).toBeInTheDocument();
    expect(screen.queryByText('Pair programming')).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Legacy area' })).not.toBeInTheDocument();

    fireEvent.click(screen.getByRole('switch', { name: 'Show retired' }));

    expect(within(craft).getByText('Pair programming')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Legacy area' })).toBeInTheDocument();
    expect(screen.getAllByText('Retired').length).toBeGreaterThanOrEqual(2);

    fireEvent.click(screen.getByRole('switch', { name: 'Show all levels' }));

    const table = screen.getByRole('table', { name: 'Craft: expectations at every level' });
    expect(within(table).getByRole('columnheader', { name: /Staff Engineer/ })).toBeInTheDocument();
  });

  it('imports with the loaded version; the framework comes back whole and the export is read again', async () => {
    const imported = buildFramework({ version: 5, name: 'Acme ladder' });
    const { operations } = renderWithProviders(<FrameworkPage />, {
      route: '/framework?tab=import-export',
      mocks: [
        meMock(buildCurrentUser('ADMIN')),
        frameworkMock,
        { request: { query: frameworkYamlQuery }, result: { data: { frameworkYaml: 'name: Acme\n' } } },
        {
          request: { query: importFrameworkMutation, variables: { yaml: 'name: Acme ladder\n', version: 4 } },
          result: {
            data: {
              importFramework: { __typename: 'ImportFrameworkResult', framework: imported, problems: [] },
            },
          },
        },
        { request: { query: frameworkYamlQuery }, result: { data: { frameworkYaml: 'name: Acme ladder\n' } } },
      ],
    });

    const textarea = await screen.findByRole('textbox', { name: 'Framework YAML' });
    fireEvent.change(textarea, { target: { value: 'name: Acme ladder\n' } });
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));

    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Exported framework YAML' })).toHaveTextContent('Acme ladder'),
    );
    expect(operations).toEqual(expect.arrayContaining(['ImportFramework', 'Framework', 'FrameworkYaml']));
    expect(operations.filter((name) => name === 'FrameworkYaml')).toHaveLength(2);
    // The page shows the imported framework without reading it again.
    expect(operations.filter((name) => name === 'Framework')).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1, name: 'Career framework' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
