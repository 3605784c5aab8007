import { notifications } from '@mantine/notifications';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { FrameworkDetailFragment, UpdateFrameworkMutationVariables } from '@web/generated/graphql';
import { buildFramework } from '@web/test/builders';
import { apiError } from '@web/test/graphqlResults';
import { type Mock, renderWithProviders } from '@web/test/renderWithProviders';
import { frameworkQuery } from '../graphql/frameworkQuery';
import { updateFrameworkMutation } from '../graphql/updateFrameworkMutation';
import { useFramework } from '../hooks/useFramework';
import { useFrameworkDraft } from '../hooks/useFrameworkDraft';
import { draftFromFramework, draftToInput } from '../utils/frameworkDraft';
import { FrameworkEditor } from './FrameworkEditor';

jest.setTimeout(30_000);
jest.mock('@mantine/notifications', () => ({ notifications: { show: jest.fn() } }));

/** The editor as the page holds it: the draft kept outside, the framework read through Apollo. */
function Harness() {
  const { framework, refetch } = useFramework();
  const editing = useFrameworkDraft(framework);
  if (!framework) return null;
  return <FrameworkEditor editing={editing} onReload={async () => (await refetch()).data?.framework} />;
}

const loaded = (framework: FrameworkDetailFragment): Mock => ({
  request: { query: frameworkQuery },
  result: { data: { framework } },
});

/** Answers updateFramework once, and records what the editor sent. */
function saveMock(result: Mock['result']) {
  const sent: UpdateFrameworkMutationVariables[] = [];
  const mock: Mock = {
    request: {
      query: updateFrameworkMutation,
      variables: (variables: UpdateFrameworkMutationVariables) => {
        sent.push(variables);
        return true;
      },
    },
    result,
  };
  return { mock, sent };
}

/** The mutation's answer: the saved name and version, or the problems that refused it. */
const saved = (framework: FrameworkDetailFragment | null, problems: { path: string; message: string }[] = []) => ({
  data: {
    updateFramework: {
      __typename: 'UpdateFrameworkResult',
      framework: framework && { __typename: 'Framework', name: framework.name, version: framework.version },
      problems: problems.map((p) => ({ __typename: 'FrameworkProblem', ...p })),
    },
  },
});

/** What the editor sends for the builder's framework when nothing is changed. */
const unchanged = () => draftToInput(draftFromFramework(buildFramework()));

const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));

describe('FrameworkEditor', () => {
  beforeEach(() => jest.mocked(notifications.show).mockClear());

  it('renames a competency and saves the whole framework with the version it was loaded at', async () => {
    const after = buildFramework({ version: 5 });
    after.areas[0].competencies[0] = { ...after.areas[0].competencies[0], name: 'Code craft' };
    const { mock, sent } = saveMock(saved(after));
    // Once saved, the framework is read again.
    renderWithProviders(<Harness />, { mocks: [loaded(buildFramework()), mock, loaded(after)] });

    const name = await screen.findByRole('textbox', { name: 'Competency name' });
    expect(name).toHaveValue('Code quality');
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeDisabled();
    expect(screen.getByText('No unsaved changes')).toBeInTheDocument();

    fireEvent.change(name, { target: { value: 'Code craft' } });
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();
    save();

    await waitFor(() => expect(notifications.show).toHaveBeenCalled());
    const expected = unchanged();
    expected.areas[0].competencies[0].name = 'Code craft';
    expect(sent).toEqual([{ version: 4, input: expected }]);
    expect(jest.mocked(notifications.show).mock.calls[0][0]).toMatchObject({ title: 'Framework saved' });
    expect(await screen.findByText('No unsaved changes')).toBeInTheDocument();
    expect(screen.getByText('· version 5')).toBeInTheDocument();
  });

  it('retires and restores with the toggles, and reorders with the move buttons (focus stays on them)', async () => {
    const after = buildFramework({ version: 5 });
    const { mock, sent } = saveMock(saved(after));
    renderWithProviders(<Harness />, { mocks: [loaded(buildFramework()), mock, loaded(after)] });

    const list = await screen.findByRole('list', { name: 'Competencies of Craft' });
    fireEvent.click(within(list).getByRole('button', { name: 'Retire Code quality' }));
    expect(within(list).getByRole('button', { name: 'Restore Code quality' })).toBeInTheDocument();
    fireEvent.click(within(list).getByRole('button', { name: 'Restore Pair programming' }));

    const up = within(list).getByRole('button', { name: 'Move Pair programming up' });
    up.focus();
    fireEvent.click(up);
    const rows = within(list).getAllByRole('listitem');
    expect(rows[0]).toHaveTextContent('Pair programming');
    expect(within(list).getByRole('button', { name: 'Move Pair programming up' })).toBeDisabled();
    // At the top the up button is disabled: the focus goes to its neighbour.
    await waitFor(() =>
      expect(document.activeElement).toBe(within(list).getByRole('button', { name: 'Move Pair programming down' })),
    );

    const areas = screen.getByRole('list', { name: 'Areas' });
    fireEvent.click(within(areas).getByRole('button', { name: 'Restore Legacy area' }));
    save();

    await waitFor(() => expect(sent).toHaveLength(1));
    const [{ input }] = sent;
    expect(input.areas[0].competencies.map((c) => [c.key, c.retired])).toEqual([
      ['pairing', false],
      ['code_quality', true],
    ]);
    // Restored, the competency needs a sentence at every active level again (blank ones go for the API to flag).
    expect(input.areas[0].competencies[0].expectations.map((e) => e.levelKey)).toEqual([
      'engineer',
      'senior_engineer',
      'tech_lead',
    ]);
    // Retired, only what was written goes.
    expect(input.areas[0].competencies[1].expectations.map((e) => e.levelKey)).toEqual(['engineer', 'senior_engineer']);
    expect(input.areas[1].retired).toBe(false);
  });

  it('adds a competency with a key from its name and its sentences per level', async () => {
    const after = buildFramework({ version: 5 });
    const { mock, sent } = saveMock(saved(after));
    renderWithProviders(<Harness />, { mocks: [loaded(buildFramework()), mock, loaded(after)] });

    fireEvent.change(await screen.findByRole('textbox', { name: 'New competency' }), {
      target: { value: 'Threat modelling' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add competency' }));

    const editor = screen.getByRole('region', { name: 'Threat modelling' });
    expect(editor).toHaveTextContent('threat_modelling');
    fireEvent.change(within(editor).getByRole('textbox', { name: 'Description' }), {
      target: { value: 'Finding what could go wrong.' },
    });
    fireEvent.change(within(editor).getByRole('textbox', { name: 'Threat modelling at Engineer' }), {
      target: { value: 'Lists the threats to their feature.' },
    });
    expect(within(editor).getByRole('textbox', { name: 'Threat modelling at Staff Engineer' })).not.toBeRequired();
    save();

    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0].input.areas[0].competencies[2]).toEqual({
      key: 'threat_modelling',
      name: 'Threat modelling',
      description: 'Finding what could go wrong.',
      retired: false,
      expectations: [
        { levelKey: 'engineer', text: 'Lists the threats to their feature.' },
        { levelKey: 'senior_engineer', text: '' },
        { levelKey: 'tech_lead', text: '' },
      ],
    });
  });

  it('shows the problems in a list and next to their fields, and a link takes the focus there', async () => {
    const { mock } = saveMock(
      saved(null, [
        {
          path: 'areas[0].competencies[0].expectations.tech_lead',
          message: 'the expectation for level "tech_lead" is empty',
        },
        { path: 'tracks[1].levels[0].summary', message: '"summary" of a level is empty' },
      ]),
    );
    renderWithProviders(<Harness />, { mocks: [loaded(buildFramework()), mock] });

    fireEvent.change(await screen.findByRole('textbox', { name: 'Competency name' }), {
      target: { value: 'Code craft' },
    });
    save();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Nothing was saved');
    expect(alert).toHaveTextContent(
      'Craft › Code craft › at Tech Lead: the expectation for level "tech_lead" is empty',
    );
    expect(alert).toHaveTextContent('Management › Tech Lead: summary: "summary" of a level is empty');
    const field = screen.getByRole('textbox', { name: 'Code craft at Tech Lead' });
    expect(field).toHaveAccessibleDescription('The expectation for level "tech_lead" is empty');
    expect(screen.getByRole('radio', { name: 'Levels (1 to fix)' })).toBeInTheDocument();
    // Still unsaved: nothing was written.
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();

    fireEvent.click(within(alert).getByRole('button', { name: 'Management › Tech Lead: summary' }));
    const summary = await screen.findByRole('textbox', { name: 'Management level 1 summary' });
    await waitFor(() => expect(document.activeElement).toBe(summary));

    // Fixing a field clears its problem.
    fireEvent.change(summary, { target: { value: 'Leads a team.' } });
    expect(screen.queryByText(/"summary" of a level is empty/)).not.toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Fix this problem');
  });

  it('on a conflict, says someone else changed it and reloads the latest version', async () => {
    const { mock } = saveMock(apiError('CONFLICT', 'The framework was changed by someone else.'));
    const latest = buildFramework({ version: 9, name: 'Their ladder' });
    renderWithProviders(<Harness />, { mocks: [loaded(buildFramework()), mock, loaded(latest)] });

    fireEvent.change(await screen.findByRole('textbox', { name: 'Competency name' }), {
      target: { value: 'Code craft' },
    });
    save();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Someone else changed the framework');
    expect(alert).toHaveTextContent('your changes were not saved');
    fireEvent.click(within(alert).getByRole('button', { name: 'Reload the framework' }));

    expect(await screen.findByText('· version 9')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByText('No unsaved changes')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Competency name' })).toHaveValue('Code quality');
  });

  it('discards every change after asking, and sends nothing', async () => {
    const after = buildFramework({ version: 5 });
    const { mock, sent } = saveMock(saved(after));
    renderWithProviders(<Harness />, { mocks: [loaded(buildFramework()), mock, loaded(after)] });

    fireEvent.click(await screen.findByRole('radio', { name: 'Levels' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Individual contributor level 1 name' }), {
      target: { value: 'Junior' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Discard changes' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Discard' }));

    expect(screen.getByRole('textbox', { name: 'Individual contributor level 1 name' })).toHaveValue('Engineer');
    expect(screen.getByText('No unsaved changes')).toBeInTheDocument();
    expect(sent).toEqual([]);
  });
});
