import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { AddProjectNeedMutationVariables } from '@web/generated/graphql';
import { buildFramework } from '@web/test/builders';
import { apiError } from '@web/test/graphqlResults';
import { type Mock, renderWithProviders } from '@web/test/renderWithProviders';
import { addProjectNeedMutation } from '../graphql/addProjectNeedMutation';
import { buildProject } from '../testing/staffingBuilders';
import { NeedForm } from './NeedForm';

jest.setTimeout(20_000);

const project = buildProject();
const framework = buildFramework();

function renderForm(mocks: readonly Mock[] = []) {
  const props = { onSaved: jest.fn(), onCancel: jest.fn(), onReload: jest.fn(() => Promise.resolve()) };
  const rendered = renderWithProviders(<NeedForm project={project} framework={framework} {...props} />, { mocks });
  return { ...rendered, ...props };
}

const firstCompetency = framework.areas[0].competencies.find((item) => !item.retired)!;
const firstLevel = framework.tracks[0].levels.find((item) => !item.retired)!;

async function chooseCompetency() {
  fireEvent.click(screen.getByRole('combobox', { name: 'Competencies' }));
  fireEvent.click(await screen.findByRole('option', { name: firstCompetency.name }));
}

describe('NeedForm', () => {
  it('asks for a role, dates inside the project and a level for each competency', async () => {
    const { operations } = renderForm();
    fireEvent.change(screen.getByLabelText(/^From/), { target: { value: '2025-12-01' } });
    await chooseCompetency();
    fireEvent.click(screen.getByRole('button', { name: 'Add need' }));

    expect(await screen.findByText('Name the role')).toBeInTheDocument();
    expect(screen.getByText('The need must start on or after the project starts')).toBeInTheDocument();
    expect(screen.getByText('Choose the lowest level that fills the need')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Role' })).toHaveFocus();
    expect(operations).toEqual([]);
  });

  it('sends the need with each competency and its level, and shows the API’s field message', async () => {
    let sent: AddProjectNeedMutationVariables | undefined;
    renderForm([
      {
        request: {
          query: addProjectNeedMutation,
          variables: (variables: AddProjectNeedMutationVariables) => {
            sent = variables;
            return true;
          },
        },
        result: apiError('BAD_USER_INPUT', 'The framework has no level “gone”.', {
          field: 'input.competencies[0].minLevelKey',
        }),
      },
    ]);
    fireEvent.change(screen.getByRole('textbox', { name: 'Role' }), { target: { value: ' API reviewer ' } });
    await chooseCompetency();
    fireEvent.click(screen.getByRole('combobox', { name: `Level for ${firstCompetency.name}` }));
    fireEvent.click(await screen.findByRole('option', { name: firstLevel.name }));
    fireEvent.click(screen.getByRole('button', { name: 'Add need' }));

    expect(await screen.findByText('The framework has no level “gone”.')).toBeInTheDocument();
    await waitFor(() =>
      expect(sent).toEqual({
        projectId: 'pr-refunds',
        input: {
          role: 'API reviewer',
          percent: 50,
          startDate: project.startDate,
          endDate: project.endDate,
          competencies: [{ competencyKey: firstCompetency.key, minLevelKey: firstLevel.key }],
        },
      }),
    );
  });
});
