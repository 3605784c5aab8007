import { useMutation } from '@apollo/client/react';
import { Box, Checkbox, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { GoalFieldsFragment } from '@web/generated/graphql';
import { getUserMessage } from '@web/shared/graphql/errors';
import { setMilestoneDoneMutation } from '../graphql/setMilestoneDoneMutation';

interface GoalMilestonesProps {
  goal: GoalFieldsFragment;
  canEdit: boolean;
}

/** The goal's milestones as checkboxes; a tick shows at once and is undone if the save fails. */
export function GoalMilestones({ goal, canEdit }: GoalMilestonesProps) {
  const [setDone] = useMutation(setMilestoneDoneMutation);
  if (goal.milestones.length === 0) return null;
  const doneCount = goal.milestones.filter((milestone) => milestone.done).length;
  const headingId = `goal-${goal.id}-milestones`;

  const toggle = (milestoneId: string, done: boolean) => {
    const milestones = goal.milestones.map((m) => (m.id === milestoneId ? { ...m, done } : m));
    setDone({
      variables: { milestoneId, done },
      optimisticResponse: { setMilestoneDone: { ...goal, milestones } },
    }).catch((error: unknown) => {
      notifications.show({
        color: 'red',
        title: 'Could not update the milestone',
        message: getUserMessage(error, 'The change was not saved. Please try again.'),
      });
    });
  };

  return (
    <Stack gap={6}>
      <Text size="sm" fw={600} id={headingId}>
        Milestones · {doneCount} of {goal.milestones.length} done
      </Text>
      <Stack component="ul" gap={6} m={0} p={0} style={{ listStyle: 'none' }} aria-labelledby={headingId}>
        {goal.milestones.map((milestone) => (
          <Box component="li" key={milestone.id}>
            <Checkbox
              label={milestone.title}
              checked={milestone.done}
              disabled={!canEdit}
              onChange={(event) => toggle(milestone.id, event.currentTarget.checked)}
              styles={milestone.done ? { label: { textDecoration: 'line-through' } } : undefined}
            />
          </Box>
        ))}
      </Stack>
    </Stack>
  );
}
