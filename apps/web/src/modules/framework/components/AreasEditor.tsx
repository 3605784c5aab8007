import { Grid, Group, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import type { Dispatch } from 'react';
import type { DraftAction } from '../utils/draftReducer';
import { type DraftProblem, messageWhere, problemCount } from '../utils/draftProblems';
import { editorFieldId } from '../utils/editorFieldId';
import type { FrameworkDraft } from '../utils/frameworkDraft';
import { AddItemForm } from './AddItemForm';
import { CompetencyEditor } from './CompetencyEditor';
import { EditorItemList } from './EditorItemList';
import { RetiredBadge } from './RetiredBadge';

interface AreasEditorProps {
  draft: FrameworkDraft;
  problems: readonly DraftProblem[];
  dispatch: Dispatch<DraftAction>;
  areaId: string | null;
  competencyId: string | null;
  onSelect: (areaId: string | null, competencyId: string | null) => void;
  /** A fresh local id for a new item. */
  newId: () => string;
}

/** Pick an area, then one of its competencies: rename, reorder, retire, add; the sentences per level. */
export function AreasEditor({ draft, problems, dispatch, areaId, competencyId, onSelect, newId }: AreasEditorProps) {
  const area = draft.areas.find((item) => item.id === areaId) ?? draft.areas[0];
  const competency = area?.competencies.find((item) => item.id === competencyId) ?? area?.competencies[0];
  const areaError = (field: string) =>
    area && messageWhere(problems, (t) => t.kind === 'area' && t.id === area.id && t.field === field);
  const listError = messageWhere(problems, (t) => t.kind === 'areas');

  const addArea = (name: string) => {
    const id = newId();
    dispatch({ type: 'addArea', id, name });
    onSelect(id, null);
  };
  const addCompetency = (name: string) => {
    if (!area) return;
    const id = newId();
    dispatch({ type: 'addCompetency', areaId: area.id, id, name });
    onSelect(area.id, id);
  };

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Paper component="section" withBorder p="md" aria-labelledby="fw-edit-areas-heading">
          <Stack gap="sm">
            <Stack gap={2}>
              <Title order={3} size="h4" id="fw-edit-areas-heading">
                Areas
              </Title>
              <Text size="xs" c="dimmed">
                Pick an area to edit it and its competencies.
              </Text>
            </Stack>
            {listError ? (
              <Text id={editorFieldId({ kind: 'areas' })} size="sm" c="red.8" tabIndex={-1}>
                {listError}
              </Text>
            ) : null}
            <EditorItemList
              label="Areas"
              idPrefix="fw-edit-area-row"
              items={draft.areas.map((item) => ({
                id: item.id,
                name: item.name,
                retired: item.retired,
                isNew: item.isNew,
                problems: problemCount(problems, { areaId: item.id }),
              }))}
              selectedId={area?.id ?? null}
              onSelect={(id) => onSelect(id, null)}
              onMove={(id, by) => dispatch({ type: 'move', item: { kind: 'area', id }, by })}
              onToggleRetired={(id) => dispatch({ type: 'toggleRetired', item: { kind: 'area', id } })}
              onRemove={(id) => {
                dispatch({ type: 'remove', item: { kind: 'area', id } });
                if (id === area?.id) onSelect(null, null);
              }}
            />
            <AddItemForm action="Add area" label="New area" placeholder="e.g. Security" onAdd={addArea} />
          </Stack>
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 8 }}>
        {area ? (
          <Stack gap="lg">
            <Paper component="section" withBorder p="lg" aria-labelledby="fw-edit-area-heading">
              <Stack gap="md">
                <Stack gap={2}>
                  <Group gap="xs">
                    <Title order={3} size="h4" id="fw-edit-area-heading">
                      {area.name.trim() || 'New area'}
                    </Title>
                    {area.retired ? <RetiredBadge /> : null}
                  </Group>
                  <Text size="xs" c="dimmed">
                    Area · key{' '}
                    <Text span ff="monospace" inherit>
                      {area.key}
                    </Text>
                    {area.isNew ? ' (from the name, fixed once saved)' : ''}
                  </Text>
                </Stack>
                <TextInput
                  id={editorFieldId({ kind: 'area', id: area.id, field: 'name' })}
                  label="Area name"
                  value={area.name}
                  onChange={(event) =>
                    dispatch({
                      type: 'setText',
                      item: { kind: 'area', id: area.id },
                      field: 'name',
                      value: event.currentTarget.value,
                    })
                  }
                  error={areaError('name') ?? areaError('key')}
                  required
                  maxLength={300}
                />
                <Textarea
                  id={editorFieldId({ kind: 'area', id: area.id, field: 'description' })}
                  label="Description"
                  value={area.description}
                  onChange={(event) =>
                    dispatch({
                      type: 'setText',
                      item: { kind: 'area', id: area.id },
                      field: 'description',
                      value: event.currentTarget.value,
                    })
                  }
                  error={areaError('description')}
                  required
                  autosize
                  minRows={2}
                  maxLength={5000}
                />
                <Stack gap={6}>
                  <Title order={4} size="h5" id="fw-edit-competencies-heading">
                    Competencies
                  </Title>
                  {areaError('competencies') ? (
                    <Text
                      id={editorFieldId({ kind: 'area', id: area.id, field: 'competencies' })}
                      size="sm"
                      c="red.8"
                      tabIndex={-1}
                    >
                      {areaError('competencies')}
                    </Text>
                  ) : null}
                  {area.competencies.length === 0 ? (
                    <Text size="sm" c="dimmed" fs="italic">
                      No competencies in this area yet: add the first one below.
                    </Text>
                  ) : (
                    <EditorItemList
                      label={`Competencies of ${area.name.trim() || 'the new area'}`}
                      idPrefix={`fw-edit-competency-row-${area.id}`}
                      items={area.competencies.map((item) => ({
                        id: item.id,
                        name: item.name,
                        retired: item.retired,
                        isNew: item.isNew,
                        problems: problemCount(problems, { areaId: area.id, competencyId: item.id }),
                      }))}
                      selectedId={competency?.id ?? null}
                      onSelect={(id) => onSelect(area.id, id)}
                      onMove={(id, by) =>
                        dispatch({ type: 'move', item: { kind: 'competency', areaId: area.id, id }, by })
                      }
                      onToggleRetired={(id) =>
                        dispatch({ type: 'toggleRetired', item: { kind: 'competency', areaId: area.id, id } })
                      }
                      onRemove={(id) => {
                        dispatch({ type: 'remove', item: { kind: 'competency', areaId: area.id, id } });
                        if (id === competency?.id) onSelect(area.id, null);
                      }}
                    />
                  )}
                </Stack>
                <AddItemForm
                  action="Add competency"
                  label="New competency"
                  placeholder="e.g. Threat modelling"
                  onAdd={addCompetency}
                />
              </Stack>
            </Paper>
            {competency ? (
              <CompetencyEditor
                key={competency.id}
                draft={draft}
                area={area}
                competency={competency}
                problems={problems}
                dispatch={dispatch}
              />
            ) : null}
          </Stack>
        ) : (
          <Paper withBorder p="lg">
            <Text size="sm" c="dimmed">
              The framework has no areas yet: add the first one.
            </Text>
          </Paper>
        )}
      </Grid.Col>
    </Grid>
  );
}
