import { Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import type { Dispatch } from 'react';
import type { DraftAction } from '../utils/draftReducer';
import { type DraftProblem, messageWhere } from '../utils/draftProblems';
import { editorFieldId } from '../utils/editorFieldId';
import type { FrameworkDraft } from '../utils/frameworkDraft';

interface FrameworkDetailsEditorProps {
  draft: FrameworkDraft;
  problems: readonly DraftProblem[];
  dispatch: Dispatch<DraftAction>;
}

/** The framework's name and description, and the rung below every track's first level. */
export function FrameworkDetailsEditor({ draft, problems, dispatch }: FrameworkDetailsEditorProps) {
  const error = (kind: 'framework' | 'belowExpectations', field: string) =>
    messageWhere(problems, (t) => t.kind === kind && (t.field === field || (field === 'name' && !t.field)));
  return (
    <Stack gap="lg">
      <Paper component="section" withBorder p="lg" aria-labelledby="fw-edit-details-heading">
        <Stack gap="md" maw={720}>
          <Title order={3} size="h4" id="fw-edit-details-heading">
            Framework
          </Title>
          <TextInput
            id={editorFieldId({ kind: 'framework', field: 'name' })}
            label="Name"
            value={draft.name}
            onChange={(event) => dispatch({ type: 'setFramework', field: 'name', value: event.currentTarget.value })}
            error={error('framework', 'name')}
            required
            maxLength={300}
          />
          <Textarea
            id={editorFieldId({ kind: 'framework', field: 'description' })}
            label="Description"
            description="Shown at the top of the framework page."
            value={draft.description}
            onChange={(event) =>
              dispatch({ type: 'setFramework', field: 'description', value: event.currentTarget.value })
            }
            error={error('framework', 'description')}
            autosize
            minRows={2}
            maxLength={10000}
          />
        </Stack>
      </Paper>
      <Paper component="section" withBorder p="lg" aria-labelledby="fw-edit-below-heading">
        <Stack gap="md" maw={720}>
          <Stack gap={2}>
            <Title order={3} size="h4" id="fw-edit-below-heading">
              Below expectations
            </Title>
            <Text size="sm" c="dimmed">
              The rung below the first level of every track, described once for the whole framework.
            </Text>
          </Stack>
          <TextInput
            id={editorFieldId({ kind: 'belowExpectations', field: 'name' })}
            label="Rung name"
            value={draft.belowExpectations.name}
            onChange={(event) =>
              dispatch({ type: 'setBelowExpectations', field: 'name', value: event.currentTarget.value })
            }
            error={error('belowExpectations', 'name')}
            required
            maxLength={300}
          />
          <Textarea
            id={editorFieldId({ kind: 'belowExpectations', field: 'summary' })}
            label="Summary"
            value={draft.belowExpectations.summary}
            onChange={(event) =>
              dispatch({ type: 'setBelowExpectations', field: 'summary', value: event.currentTarget.value })
            }
            error={error('belowExpectations', 'summary')}
            required
            autosize
            minRows={2}
            maxLength={5000}
          />
        </Stack>
      </Paper>
    </Stack>
  );
}
