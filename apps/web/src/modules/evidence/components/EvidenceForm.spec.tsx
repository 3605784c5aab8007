import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { AddEvidenceMutationVariables, UpdateEvidenceMutationVariables } from '@web/generated/graphql';
import { apiError } from '@web/test/graphqlResults';
import { type Mock, renderWithProviders } from '@web/test/renderWithProviders';
import { buildGoal, buildGoalFormOptions } from '@web/modules/goals/testing/goalBuilders';
import { todayIso } from '@web/modules/goals/utils/dates';
import { addEvidenceMutation } from '../graphql/addEvidenceMutation';
import { updateEvidenceMutation } from '../graphql/updateEvidenceMutation';
import { buildEvidence } from '../testing/evidenceBuilders';
import { EvidenceForm } from './EvidenceForm';

// Many Mantine comboboxes per test: slow on a busy two-core machine.
jest.setTimeout(20_000);

const { framework } = buildGoalFormOptions();
const goals = [buildGoal(), buildGoal({ id: 'g-2', title: 'Pair on the ledger migration', status: 'DONE' })];

function renderForm(mocks: readonly Mock[] = [], entry?: ReturnType<typeof buildEvidence>) {
  const props = { onSaved: jest.fn(), onCancel: jest.fn(), onReload: jest.fn(() => Promise.resolve()) };
  const rendered = renderWithProviders(
    <EvidenceForm personId="p-sam" framework={framework} goals={goals} entry={entry} {...props} />,
    { mocks },
  );
  return { ...rendered, ...props };
}

async function choose(label: string, option: string) {
  fireEvent.click(screen.getByRole('combobox', { name: label }));
  fireEvent.click(await screen.findByRole('option', { name: option }));
}

const save = () => fireEvent.click(screen.getByRole('button', { name: 'Add evidence' }));
const dateField = () => screen.getByLabelText(/^Date/);

describe('EvidenceForm', () => {
  it('starts dated today, and asks for incident details only for an incident', async () => {
    renderForm();
    expect(dateField()).toHaveValue(todayIso());
    expect(screen.queryByRole('combobox', { name: 'Role in the incident' })).not.toBeInTheDocument();

    await choose('Kind', 'Incident handled');
    expect(screen.getByRole('combobox', { name: 'Role in the incident' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Severity' })).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Format' })).not.toBeInTheDocument();

    await choose('Kind', 'Learning');
    expect(screen.queryByRole('combobox', { name: 'Role in the incident' })).not.toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Format' })).toBeInTheDocument();

    await choose('Kind', 'Talk given');
    expect(screen.queryByRole('combobox', { name: 'Format' })).not.toBeInTheDocument();
  });

  it('refuses a future date and an incident without its role and severity', async () => {
    const { operations } = renderForm();
    fireEvent.change(dateField(), { target: { value: '2999-06-01' } });
    await choose('Kind', 'Incident handled');
    fireEvent.change(screen.getByRole('textbox', { name: 'Title' }), { target: { value: 'Checkout outage' } });
    save();

    expect(await screen.findByText('Evidence is of work done: the date cannot be in the future')).toBeInTheDocument();
    expect(screen.getByText('Say what role the person had in the incident')).toBeInTheDocument();
    expect(screen.getByText('Give the severity of the incident')).toBeInTheDocument();
    expect(dateField()).toHaveFocus();
    expect(operations).toEqual([]);
  });

  it('refuses a link that is not http or https', async () => {
    renderForm();
    fireEvent.change(screen.getByRole('textbox', { name: 'Link' }), { target: { value: 'javascript:alert(1)' } });
    save();
    expect(await screen.findByText('Give a link that starts with http:// or https://')).toBeInTheDocument();
  });

  it('adds an incident tagged with a competency and linked to a goal', async () => {
    let sent: AddEvidenceMutationVariables | undefined;
    const { onSaved } = renderForm([
      {
        request: {
          query: addEvidenceMutation,
          variables: (variables: AddEvidenceMutationVariables) => {
            sent = variables;
            return true;
          },
        },
        result: { data: { addEvidence: buildEvidence({ kind: 'INCIDENT', title: 'Checkout outage' }) } },
      },
    ]);
    fireEvent.change(dateField(), { target: { value: '2026-11-02' } });
    await choose('Kind', 'Incident handled');
    await choose('Role in the incident', 'Incident commander');
    await choose('Severity', 'SEV2');
    fireEvent.change(screen.getByRole('textbox', { name: 'Title' }), { target: { value: 'Checkout outage' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Link' }), {
      target: { value: 'https://status.acme.test/incidents/88' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: 'Impact' }), { target: { value: 'Back in 40 minutes.' } });
    await choose('Competencies', 'Code quality');
    await choose('Linked goals', 'Pair on the ledger migration (done)');
    save();

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(sent?.input).toEqual({
      personId: 'p-sam',
      date: '2026-11-02',
      kind: 'INCIDENT',
      title: 'Checkout outage',
      link: 'https://status.acme.test/incidents/88',
      impact: 'Back in 40 minutes.',
      competencyKeys: ['code_quality'],
      goalIds: ['g-2'],
      incidentRole: 'INCIDENT_COMMANDER',
      incidentSeverity: 'SEV2',
      learningFormat: null,
    });
  });

  it("puts the server's BAD_USER_INPUT message on the field it names", async () => {
    renderForm([
      {
        request: { query: addEvidenceMutation, variables: () => true },
        result: apiError('BAD_USER_INPUT', 'Link only goals of the person the evidence is about.', {
          field: 'goalIds',
        }),
      },
    ]);
    await choose('Kind', 'Talk given');
    fireEvent.change(screen.getByRole('textbox', { name: 'Title' }), { target: { value: 'Retry patterns' } });
    save();
    expect(await screen.findByText('Link only goals of the person the evidence is about.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Linked goals' })).toHaveAttribute('aria-invalid', 'true');
  });

  it('edits an entry from what it holds, with its version, and explains a conflict', async () => {
    let sent: UpdateEvidenceMutationVariables | undefined;
    const { onReload, onSaved } = renderForm(
      [
        {
          request: {
            query: updateEvidenceMutation,
            variables: (variables: UpdateEvidenceMutationVariables) => {
              sent = variables;
              return true;
            },
          },
          result: apiError('CONFLICT', '“Payments retry design” was changed by someone else.'),
        },
      ],
      buildEvidence({ version: 3 }),
    );
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Payments retry design');
    expect(screen.getByRole('combobox', { name: 'Kind' })).toHaveValue('Design written');
    fireEvent.change(screen.getByRole('textbox', { name: 'Impact' }), { target: { value: 'Four teams build on it.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Someone else changed this entry');
    expect(sent).toMatchObject({
      id: 'e-1',
      input: { version: 3, impact: 'Four teams build on it.', competencyKeys: ['code_quality'], goalIds: ['g-1'] },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    await waitFor(() => expect(onReload).toHaveBeenCalled());
    expect(onSaved).not.toHaveBeenCalled();
  });
});
