import { Box, Button, Group, Paper, Popover, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy, IconRestore } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { FrameworkDetailFragment } from '@web/generated/graphql';
import { ConflictAlert } from '@web/shared/components/ConflictAlert';
import { FormAlert } from '@web/shared/components/FormAlert';
import { getUserMessage, hasErrorCode } from '@web/shared/graphql/errors';
import type { FrameworkDraftState } from '../hooks/useFrameworkDraft';
import { useUpdateFramework } from '../hooks/useUpdateFramework';
import type { DraftAction } from '../utils/draftReducer';
import { type DraftProblem, type ProblemTarget, problemsAfterEdit, resolveProblems } from '../utils/draftProblems';
import { editorFieldId } from '../utils/editorFieldId';
import { draftToInput, type FrameworkDraft } from '../utils/frameworkDraft';
import { AreasEditor } from './AreasEditor';
import { EditorProblems } from './EditorProblems';
import { FrameworkDetailsEditor } from './FrameworkDetailsEditor';
import { LevelsEditor } from './LevelsEditor';
import { UnsavedDot } from './UnsavedDot';
import classes from './FrameworkEditor.module.css';

type Section = 'competencies' | 'levels' | 'details';

type Outcome =
  { kind: 'problems'; problems: DraftProblem[] } | { kind: 'conflict' } | { kind: 'error'; message: string };

// Module-wide, so that ids stay unique when the editor is shown again with the same draft.
let lastNewId = 0;
const newId = () => `new-${++lastNewId}`;

interface Selection {
  areaId: string | null;
  competencyId: string | null;
}

interface FrameworkEditorProps {
  editing: FrameworkDraftState;
  /** Reads the latest framework from the server (after a conflict). */
  onReload: () => Promise<FrameworkDetailFragment | undefined>;
}

function sectionOf(target: ProblemTarget): Section {
  if (target.kind === 'tracks' || target.kind === 'track' || target.kind === 'level') return 'levels';
  if (target.kind === 'framework' || target.kind === 'belowExpectations') return 'details';
  return 'competencies';
}

/** After a save, new items are known by their key: the selection follows them. */
function savedSelection(selection: Selection, sent: FrameworkDraft): Selection {
  const area = sent.areas.find((a) => a.id === selection.areaId);
  const competency = area?.competencies.find((c) => c.id === selection.competencyId);
  return { areaId: area?.key ?? null, competencyId: competency?.key ?? null };
}

/** Item-by-item editing of the whole framework (admins), saved at once with the version it started from. */
export function FrameworkEditor({ editing, onReload }: FrameworkEditorProps) {
  const { draft, dispatch, changed, base, reset } = editing;
  const [section, setSection] = useState<Section>('competencies');
  const [selection, setSelection] = useState<Selection>({ areaId: null, competencyId: null });
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const [focusTarget, setFocusTarget] = useState<ProblemTarget | null>(null);
  const { updateFramework, loading: saving } = useUpdateFramework();

  const problems = outcome?.kind === 'problems' ? outcome.problems : [];

  useEffect(() => {
    if (!focusTarget) return;
    document.getElementById(editorFieldId(focusTarget))?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  if (!base) return null;

  const edit = (action: DraftAction) => {
    dispatch(action);
    if (outcome?.kind === 'problems') {
      const left = problemsAfterEdit(outcome.problems, action);
      if (left.length !== outcome.problems.length)
        setOutcome(left.length > 0 ? { kind: 'problems', problems: left } : null);
    }
  };

  const show = (target: ProblemTarget) => {
    setSection(sectionOf(target));
    if (target.kind === 'area') setSelection({ areaId: target.id, competencyId: null });
    if (target.kind === 'competency') setSelection({ areaId: target.areaId, competencyId: target.id });
    if (target.kind === 'expectation') setSelection({ areaId: target.areaId, competencyId: target.competencyId });
    setFocusTarget(target);
  };

  const save = async () => {
    const sent = draft;
    setOutcome(null);
    try {
      const result = await updateFramework(base.version, draftToInput(sent));
      if (!result) return;
      if (result.problems.length > 0 || !result.saved) {
        setOutcome({ kind: 'problems', problems: resolveProblems(result.problems, sent) });
        return;
      }
      setSelection((current) => savedSelection(current, sent));
      if (result.framework) reset(result.framework);
      notifications.show({
        color: 'teal',
        title: 'Framework saved',
        message: `Version ${result.saved.version} of ${result.saved.name} is now in use.`,
      });
    } catch (error) {
      if (hasErrorCode(error, 'CONFLICT')) setOutcome({ kind: 'conflict' });
      else setOutcome({ kind: 'error', message: getUserMessage(error, 'The framework could not be saved.') });
    }
  };

  const discard = () => {
    reset(base);
    setOutcome(null);
    setConfirmDiscard(false);
  };

  const reload = async () => {
    try {
      const latest = await onReload();
      if (latest) reset(latest);
      setOutcome(null);
    } catch {
      // The page's own error state shows what went wrong.
    }
  };

  const countIn = (s: Section) => problems.filter((p) => sectionOf(p.target) === s).length;
  const label = (text: string, s: Section) => (countIn(s) > 0 ? `${text} (${countIn(s)} to fix)` : text);

  return (
    <Stack gap="md">
      <Box className={classes.toolbar}>
        <Paper withBorder p="md" shadow="xs">
          <Group justify="space-between" gap="sm">
            <Stack gap={2}>
              <Title order={2} size="h4">
                Edit the framework
              </Title>
              <Group gap="xs" role="status">
                {changed ? (
                  <Group gap={6} wrap="nowrap">
                    <UnsavedDot />
                    <Text size="sm" fw={600}>
                      Unsaved changes
                    </Text>
                  </Group>
                ) : (
                  <Text size="sm" c="dimmed">
                    No unsaved changes
                  </Text>
                )}
                <Text size="sm" c="dimmed">
                  · version {base.version}
                </Text>
              </Group>
            </Stack>
            <Group gap="xs">
              <Popover opened={confirmDiscard} onChange={setConfirmDiscard} position="bottom-end" withArrow trapFocus>
                <Popover.Target>
                  <Button
                    variant="default"
                    leftSection={<IconRestore size={16} aria-hidden />}
                    disabled={!changed || saving}
                    onClick={() => setConfirmDiscard((open) => !open)}
                  >
                    Discard changes
                  </Button>
                </Popover.Target>
                <Popover.Dropdown>
                  <Stack gap="xs" maw={260}>
                    <Text size="sm">Discard every change since the last save? This cannot be undone.</Text>
                    <Group gap="xs" justify="flex-end">
                      <Button size="xs" variant="default" onClick={() => setConfirmDiscard(false)}>
                        Keep editing
                      </Button>
                      <Button size="xs" color="red.8" onClick={discard}>
                        Discard
                      </Button>
                    </Group>
                  </Stack>
                </Popover.Dropdown>
              </Popover>
              <Button
                leftSection={<IconDeviceFloppy size={16} aria-hidden />}
                onClick={() => void save()}
                loading={saving}
                disabled={!changed}
              >
                Save changes
              </Button>
            </Group>
          </Group>
        </Paper>
      </Box>
      <Text size="sm" c="dimmed">
        Changes stay here until you save them, all at once. Keys never change: people, ratings and goals point at them.
        Retire what is no longer offered instead of deleting it; only items added since the last save can be removed.
      </Text>
      {outcome?.kind === 'problems' ? <EditorProblems problems={outcome.problems} draft={draft} onShow={show} /> : null}
      {outcome?.kind === 'conflict' ? (
        <ConflictAlert title="Someone else changed the framework" onReload={reload} reloadLabel="Reload the framework">
          It was saved by someone else after you started editing, so your changes were not saved. Reload the latest
          framework and make your changes again; reloading discards the changes shown here.
        </ConflictAlert>
      ) : null}
      {outcome?.kind === 'error' ? (
        <FormAlert tone="error" title="Could not save">
          {outcome.message}
        </FormAlert>
      ) : null}
      <SegmentedControl
        aria-label="Part of the framework to edit"
        value={section}
        onChange={(value) => setSection(value as Section)}
        data={[
          { value: 'competencies', label: label('Areas and competencies', 'competencies') },
          { value: 'levels', label: label('Levels', 'levels') },
          { value: 'details', label: label('Name and rung', 'details') },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      {section === 'competencies' ? (
        <AreasEditor
          draft={draft}
          problems={problems}
          dispatch={edit}
          areaId={selection.areaId}
          competencyId={selection.competencyId}
          onSelect={(areaId, competencyId) => setSelection({ areaId, competencyId })}
          newId={newId}
        />
      ) : null}
      {section === 'levels' ? <LevelsEditor draft={draft} problems={problems} dispatch={edit} newId={newId} /> : null}
      {section === 'details' ? <FrameworkDetailsEditor draft={draft} problems={problems} dispatch={edit} /> : null}
    </Stack>
  );
}
