import { Badge, Box, Group, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import type { Dispatch } from 'react';
import type { DraftAction } from '../utils/draftReducer';
import { type DraftProblem, messageWhere } from '../utils/draftProblems';
import { editorFieldId } from '../utils/editorFieldId';
import type { FrameworkDraft } from '../utils/frameworkDraft';
import { AddItemForm } from './AddItemForm';
import { EditorItemActions } from './EditorItemActions';
import { RetiredBadge } from './RetiredBadge';
import classes from './FrameworkEditor.module.css';

interface LevelsEditorProps {
  draft: FrameworkDraft;
  problems: readonly DraftProblem[];
  dispatch: Dispatch<DraftAction>;
  newId: () => string;
}

/** Every track's levels, the most junior first: rename, describe, reorder, retire, add. */
export function LevelsEditor({ draft, problems, dispatch, newId }: LevelsEditorProps) {
  const listError = messageWhere(problems, (t) => t.kind === 'tracks');
  return (
    <Stack gap="lg">
      {listError ? (
        <Text id={editorFieldId({ kind: 'tracks' })} size="sm" c="red.8" tabIndex={-1}>
          {listError}
        </Text>
      ) : null}
      {draft.tracks.map((track) => {
        const headingId = `fw-edit-track-${track.id}-heading`;
        const trackName = track.name.trim() || 'Track';
        const trackError = (field?: string) =>
          messageWhere(problems, (t) => t.kind === 'track' && t.trackId === track.id && t.field === field);
        return (
          <Paper key={track.id} component="section" withBorder p="lg" aria-labelledby={headingId}>
            <Stack gap="md">
              <Stack gap={2}>
                <Title order={3} size="h4" id={headingId}>
                  {track.name.trim() || 'Track'}
                </Title>
                <Text size="xs" c="dimmed">
                  Track · key{' '}
                  <Text span ff="monospace" inherit>
                    {track.key}
                  </Text>{' '}
                  · levels from the most junior to the most senior
                </Text>
              </Stack>
              <TextInput
                id={editorFieldId({ kind: 'track', trackId: track.id })}
                label="Track name"
                value={track.name}
                onChange={(event) =>
                  dispatch({ type: 'setTrackName', trackId: track.id, value: event.currentTarget.value })
                }
                error={trackError('name') ?? trackError(undefined)}
                required
                maxLength={300}
                maw={420}
              />
              {trackError('levels') ? (
                <Text size="sm" c="red.8">
                  {trackError('levels')}
                </Text>
              ) : null}
              <Box component="ol" aria-label={`Levels of ${track.name.trim() || 'the track'}`} m={0} p={0}>
                {track.levels.map((level, index) => {
                  const item = { kind: 'level' as const, trackId: track.id, id: level.id };
                  const error = (field: string) =>
                    messageWhere(problems, (t) => t.kind === 'level' && t.id === level.id && t.field === field);
                  const name = level.name.trim() || 'New level';
                  return (
                    <li key={level.id} className={classes.levelRow}>
                      <Text size="sm" c="dimmed" className={classes.position} aria-hidden>
                        {index + 1}.
                      </Text>
                      <Stack gap={4}>
                        <TextInput
                          id={editorFieldId({ ...item, field: 'name' })}
                          aria-label={`${trackName} level ${index + 1} name`}
                          value={level.name}
                          onChange={(event) =>
                            dispatch({ type: 'setText', item, field: 'name', value: event.currentTarget.value })
                          }
                          error={error('name') ?? error('key')}
                          required
                          maxLength={300}
                        />
                        <Group gap={6}>
                          <Text size="xs" c="dimmed" ff="monospace">
                            {level.key}
                          </Text>
                          {level.retired ? <RetiredBadge /> : null}
                          {level.isNew ? (
                            <Badge size="sm" variant="light" color="indigo.8">
                              New
                            </Badge>
                          ) : null}
                        </Group>
                      </Stack>
                      <Textarea
                        id={editorFieldId({ ...item, field: 'summary' })}
                        aria-label={`${trackName} level ${index + 1} summary`}
                        placeholder="Scope and impact, in a sentence or two"
                        value={level.summary}
                        onChange={(event) =>
                          dispatch({ type: 'setText', item, field: 'summary', value: event.currentTarget.value })
                        }
                        error={error('summary')}
                        required
                        autosize
                        minRows={1}
                        maxLength={5000}
                      />
                      <Box className={classes.actionsCell}>
                        <EditorItemActions
                          idPrefix={`fw-edit-level-row-${level.id}`}
                          label={name}
                          index={index}
                          count={track.levels.length}
                          retired={level.retired}
                          isNew={level.isNew}
                          onMove={(by) => dispatch({ type: 'move', item, by })}
                          onToggleRetired={() => dispatch({ type: 'toggleRetired', item })}
                          onRemove={() => dispatch({ type: 'remove', item })}
                        />
                      </Box>
                    </li>
                  );
                })}
              </Box>
              <Box maw={520}>
                <AddItemForm
                  action="Add level"
                  label={`New level on ${track.name.trim() || 'this track'}`}
                  placeholder="e.g. Staff Engineer"
                  onAdd={(levelName) => dispatch({ type: 'addLevel', trackId: track.id, id: newId(), name: levelName })}
                />
                <Text size="xs" c="dimmed" mt={4}>
                  A new level goes last (the most senior); move it into place. Every active competency then needs a
                  sentence for it.
                </Text>
              </Box>
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
