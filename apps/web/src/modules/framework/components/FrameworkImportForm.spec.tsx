import { fireEvent, screen, waitFor } from '@testing-library/react';
import { apiError } from '@web/test/graphqlResults';
import { renderWithProviders } from '@web/test/renderWithProviders';
import { importFrameworkMutation } from '../graphql/importFrameworkMutation';
import { FrameworkImportForm } from './FrameworkImportForm';

const exported = 'name: Acme\nversion: 1\n';
const edited = 'name: Acme\ntracks:\n  - key: ic\n    levels: 3\n';

function submit(yaml: string) {
  const textarea = screen.getByRole('textbox', { name: 'Framework YAML' });
  expect(textarea).toHaveValue(exported);
  fireEvent.change(textarea, { target: { value: yaml } });
  fireEvent.click(screen.getByRole('button', { name: 'Import' }));
}

describe('FrameworkImportForm', () => {
  it('lists the problems with their lines and says nothing was changed', async () => {
    const { operations } = renderWithProviders(
      <FrameworkImportForm initialYaml={exported} version={4} onReload={jest.fn()} />,
      {
        mocks: [
          {
            request: { query: importFrameworkMutation, variables: { yaml: edited, version: 4 } },
            result: {
              data: {
                importFramework: {
                  __typename: 'ImportFrameworkResult',
                  framework: null,
                  problems: [
                    {
                      __typename: 'FrameworkYamlProblem',
                      line: 4,
                      path: 'tracks[0].levels',
                      message: 'must be a list of levels',
                    },
                    { __typename: 'FrameworkYamlProblem', line: 1, path: 'areas', message: 'is required' },
                  ],
                },
              },
            },
          },
        ],
      },
    );

    submit(edited);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/nothing was changed/i);
    expect(alert).toHaveTextContent('Line 4: must be a list of levels (tracks[0].levels)');
    expect(alert).toHaveTextContent('Line 1: is required (areas)');
    expect(operations).toEqual(['ImportFramework']);
  });

  it('asks the admin to reload when the framework changed meanwhile', async () => {
    const onReload = jest.fn().mockResolvedValue(undefined);
    renderWithProviders(<FrameworkImportForm initialYaml={exported} version={4} onReload={onReload} />, {
      mocks: [
        {
          request: { query: importFrameworkMutation, variables: { yaml: edited, version: 4 } },
          result: apiError('CONFLICT', 'The framework was changed by someone else'),
        },
      ],
    });

    submit(edited);

    expect(await screen.findByRole('alert')).toHaveTextContent(/changed since you loaded it/);
    fireEvent.click(screen.getByRole('button', { name: 'Reload the framework' }));
    expect(onReload).toHaveBeenCalled();
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });

  it('sends nothing when the YAML is empty', async () => {
    const { operations } = renderWithProviders(
      <FrameworkImportForm initialYaml={exported} version={4} onReload={jest.fn()} />,
    );

    submit('   ');

    expect(await screen.findByText('Paste the framework YAML or load a file first.')).toBeInTheDocument();
    expect(operations).toEqual([]);
  });
});
