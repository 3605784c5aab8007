import { Group, Paper, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { Fragment, type Dispatch } from 'react';
import type { DraftAction } from '../utils/draftReducer';
import { type DraftProblem, messageWhere } from '../utils/draftProblems';
import {
  type DraftArea,
  type DraftCompetency,
  type FrameworkDraft,
  isExpectationRequired,
} from '../utils/frameworkDraft';
import { editorFieldId } from '../utils/editorFieldId';
import { RetiredBadge } from './RetiredBadge';

interface CompetencyEditorProps {
  draft: FrameworkDraft;
  area: DraftArea;
  competency: DraftCompetency;
  problems: readonly DraftProblem[];
  dispatch: Dispatch<DraftAction>;
}

/** One competency: its name, description and the sentence it expects at every level. */
export function CompetencyEditor({ draft, area, competency, problems, dispatch }: CompetencyEditorProps) {
  const item = { kind: 'competency' as const, areaId: area.id, id: competency.id };
  const fieldError = (field: string) =>
    messageWhere(problems, (t) => t.kind === 'competency' && t.id === competency.id && t.field === field);
  const headingId = `competency-editor-${competency.id}`;
  const name = competency.name.trim() || 'New competency';
  const inactive = area.retired || competency.retired;

  return (
    <Paper component="section" withBorder p="lg" aria-labelledby={headingId}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Group gap="xs">
              <Title order={3} size="h4" id={headingId}>
                {name}
              </Title>
              {competency.retired ? <RetiredBadge /> : null}
            </Group>
            <Text size="xs" c="dimmed">
              Competency in {area.name.trim() || 'this area'} · key{' '}
              <Text span ff="monospace" inherit>
                {competency.key}
              </Text>
              {competency.isNew ? ' (from the name, fixed once saved)' : ''}
            </Text>
          </Stack>
        </Group>
        <TextInput
          id={editorFieldId({ kind: 'competency', areaId: area.id, id: competency.id, field: 'name' })}
          label="Competency name"
          value={competency.name}
          onChange={(event) => dispatch({ type: 'setText', item, field: 'name', value: event.currentTarget.value })}
          error={fieldError('name') ?? fieldError('key')}
          required
          maxLength={300}
        />
        <Textarea
          id={editorFieldId({ kind: 'competency', areaId: area.id, id: competency.id, field: 'description' })}
          label="Description"
          value={competency.description}
          onChange={(event) =>
            dispatch({ type: 'setText', item, field: 'description', value: event.currentTarget.value })
          }
          error={fieldError('description')}
          required
          autosize
          minRows={2}
          maxLength={5000}
        />
        <Stack gap={4}>
          <Title order={4} size="h5">
            Expectations by level
          </Title>
          <Text size="sm" c="dimmed">
            {inactive
              ? 'Retired, so no sentence is required; the ones written are kept for history.'
              : 'One plain sentence for every level that is not retired.'}
          </Text>
          {fieldError('expectations') ? (
            <Text size="sm" c="red.8" role="status">
              {fieldError('expectations')}
            </Text>
          ) : null}
        </Stack>
        <Table aria-label={`${name}: expectation at each level`} highlightOnHover={false} layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="28%">Level</Table.Th>
              <Table.Th>Expectation</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {draft.tracks.map((track) => (
              <Fragment key={track.id}>
                <Table.Tr>
                  <Table.Th colSpan={2} scope="colgroup" bg="gray.0">
                    <Text size="xs" fw={700} tt="uppercase" c="gray.8">
                      {track.name}
                    </Text>
                  </Table.Th>
                </Table.Tr>
                {track.levels.map((level) => {
                  const required = isExpectationRequired(area, competency, level);
                  const levelName = level.name.trim() || 'New level';
                  const error = messageWhere(
                    problems,
                    (t) => t.kind === 'expectation' && t.competencyId === competency.id && t.levelId === level.id,
                  );
                  return (
                    <Table.Tr key={level.id}>
                      <Table.Th scope="row" fw={500} style={{ verticalAlign: 'top' }}>
                        <Group gap={6} pt={6}>
                          <Text size="sm" fw={500} c={level.retired ? 'dimmed' : undefined}>
                            {levelName}
                          </Text>
                          {level.retired ? <RetiredBadge /> : null}
                        </Group>
                      </Table.Th>
                      <Table.Td>
                        <Textarea
                          id={editorFieldId({
                            kind: 'expectation',
                            areaId: area.id,
                            competencyId: competency.id,
                            levelId: level.id,
                          })}
                          aria-label={`${name} at ${levelName}`}
                          value={competency.expectations[level.id] ?? ''}
                          onChange={(event) =>
                            dispatch({
                              type: 'setExpectation',
                              areaId: area.id,
                              competencyId: competency.id,
                              levelId: level.id,
                              value: event.currentTarget.value,
                            })
                          }
                          placeholder={required ? 'What is expected at this level' : 'Not required'}
                          required={required}
                          error={error}
                          autosize
                          minRows={1}
                          maxLength={5000}
                        />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Fragment>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}
