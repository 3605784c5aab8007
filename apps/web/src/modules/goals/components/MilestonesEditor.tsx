import { ActionIcon, Button, Checkbox, Group, Input, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { type GoalFormErrors, MAX_MILESTONES, type MilestoneRow, newMilestoneRow } from '../utils/goalForm';

interface MilestonesEditorProps {
  rows: MilestoneRow[];
  errors: GoalFormErrors;
  onChange: (rows: MilestoneRow[]) => void;
}

/** The goal's milestones as editable rows: done, title, remove; in the order they are kept. */
export function MilestonesEditor({ rows, errors, onChange }: MilestonesEditorProps) {
  const update = (index: number, patch: Partial<MilestoneRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  const add = () => {
    onChange([...rows, newMilestoneRow()]);
    // The new row renders on the next frame; move the keyboard to it.
    requestAnimationFrame(() => document.getElementById(`goal-milestones-${rows.length}-title`)?.focus());
  };

  const remove = (index: number) => {
    onChange(rows.filter((_, i) => i !== index));
    requestAnimationFrame(() => document.getElementById('goal-add-milestone')?.focus());
  };

  return (
    <Input.Wrapper
      label="Milestones"
      description="Steps on the way; tick them off as they are done."
      error={errors.milestones}
      id="goal-milestones"
      labelElement="div"
    >
      <Stack gap="xs" mt={6}>
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            No milestones yet.
          </Text>
        ) : null}
        {rows.map((row, index) => (
          <Group key={row.rowKey} gap="sm" align="flex-start" wrap="nowrap">
            <Checkbox
              mt={9}
              aria-label={`Milestone ${index + 1} done`}
              checked={row.done}
              onChange={(event) => update(index, { done: event.currentTarget.checked })}
            />
            <TextInput
              id={`goal-milestones-${index}-title`}
              aria-label={`Milestone ${index + 1}`}
              placeholder="e.g. Draft reviewed by the team"
              style={{ flex: 1 }}
              value={row.title}
              onChange={(event) => update(index, { title: event.currentTarget.value })}
              error={errors[`milestones.${index}.title`]}
            />
            <ActionIcon
              variant="subtle"
              color="gray.8"
              size="lg"
              mt={1}
              aria-label={`Remove milestone ${index + 1}`}
              onClick={() => remove(index)}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            id="goal-add-milestone"
            variant="default"
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={add}
            disabled={rows.length >= MAX_MILESTONES}
          >
            Add milestone
          </Button>
        </Group>
      </Stack>
    </Input.Wrapper>
  );
}
