import { Badge, Button, Card, Collapse, DataList, Divider, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconChevronDown, IconMessageCircle, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import type { GoalFieldsFragment } from '@web/generated/graphql';
import { formatDate } from '@web/shared/utils/format';
import {
  canCheckIn,
  confidenceColors,
  confidenceLabels,
  goalStatusColors,
  goalStatusLabels,
} from '../utils/goalLabels';
import { GoalCheckInHistory } from './GoalCheckInHistory';
import { GoalHealthSummary } from './GoalHealthSummary';
import { GoalMilestones } from './GoalMilestones';

interface GoalCardProps {
  goal: GoalFieldsFragment;
  canEdit: boolean;
  onEdit: (goal: GoalFieldsFragment) => void;
  onCheckIn: (goal: GoalFieldsFragment) => void;
}

export function GoalCard({ goal, canEdit, onEdit, onCheckIn }: GoalCardProps) {
  const [historyOpen, setHistoryOpen] = useState(false);
  const titleId = `goal-${goal.id}-title`;
  const historyId = `goal-${goal.id}-history`;
  const latest = goal.checkIns[0];

  return (
    <Card component="article" aria-labelledby={titleId}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
          <Stack gap={4} style={{ minWidth: 0 }}>
            <Group gap="sm" wrap="wrap">
              <Title order={3} size="h4" id={titleId}>
                {goal.title}
              </Title>
              {/* An open goal says how it is doing below (an at-risk mark included); closed and draft ones say so here. */}
              {goal.status === 'ACTIVE' || goal.status === 'AT_RISK' ? null : (
                <Badge variant="outline" color={goalStatusColors[goal.status]}>
                  {goalStatusLabels[goal.status]}
                </Badge>
              )}
            </Group>
            {goal.description ? (
              <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
                {goal.description}
              </Text>
            ) : null}
          </Stack>
          {canEdit ? (
            <Group gap="xs" wrap="nowrap">
              {canCheckIn(goal.status) ? (
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconMessageCircle size={14} aria-hidden />}
                  onClick={() => onCheckIn(goal)}
                  aria-label={`Check in on ${goal.title}`}
                >
                  Check in
                </Button>
              ) : null}
              <Button
                size="xs"
                variant="default"
                leftSection={<IconPencil size={14} aria-hidden />}
                onClick={() => onEdit(goal)}
                aria-label={`Edit ${goal.title}`}
              >
                Edit
              </Button>
            </Group>
          ) : null}
        </Group>

        <GoalHealthSummary goal={goal} />

        <SimpleGrid cols={{ base: 1, md: goal.milestones.length > 0 ? 2 : 1 }} spacing="lg" verticalSpacing="md">
          <DataList size="sm" gap="xs" labelWidth={120}>
            <DataList.Item>
              <DataList.ItemLabel>Competencies</DataList.ItemLabel>
              <DataList.ItemValue>
                {goal.competencies.length > 0 ? (
                  <Group gap={6}>
                    {goal.competencies.map((competency) => (
                      <Badge key={competency.key} variant="light" color="indigo" size="sm" tt="none">
                        {competency.name}
                      </Badge>
                    ))}
                  </Group>
                ) : (
                  'None chosen'
                )}
              </DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel>Target level</DataList.ItemLabel>
              <DataList.ItemValue>{goal.targetLevelName ?? 'None'}</DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel>Due</DataList.ItemLabel>
              <DataList.ItemValue>{goal.dueQuarter?.label ?? 'No due quarter'}</DataList.ItemValue>
            </DataList.Item>
            {goal.evidenceCount > 0 ? (
              <DataList.Item>
                <DataList.ItemLabel>Evidence</DataList.ItemLabel>
                <DataList.ItemValue>
                  {goal.evidenceCount} {goal.evidenceCount === 1 ? 'entry' : 'entries'}
                </DataList.ItemValue>
              </DataList.Item>
            ) : null}
          </DataList>
          <GoalMilestones goal={goal} canEdit={canEdit} />
        </SimpleGrid>

        <Divider />
        <Stack gap={6}>
          <Text size="sm" fw={600}>
            Latest check-in
          </Text>
          {latest ? (
            <Stack gap={4}>
              <Group gap="xs" wrap="wrap">
                <Text size="sm">
                  {formatDate(latest.date)} · {latest.progress}%
                </Text>
                <Text size="sm" c={confidenceColors[latest.confidence]}>
                  {confidenceLabels[latest.confidence]}
                </Text>
                {latest.authorName ? (
                  <Text size="sm" c="dimmed">
                    by {latest.authorName}
                  </Text>
                ) : null}
              </Group>
              {latest.note ? (
                <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                  {latest.note}
                </Text>
              ) : null}
            </Stack>
          ) : (
            <Text size="sm" c="dimmed">
              No check-ins yet.
            </Text>
          )}
          {goal.checkIns.length > 0 ? (
            <Group>
              <Button
                variant="subtle"
                size="compact-sm"
                px={4}
                aria-expanded={historyOpen}
                aria-controls={historyId}
                onClick={() => setHistoryOpen((open) => !open)}
                rightSection={
                  <IconChevronDown
                    size={14}
                    aria-hidden
                    style={{ transform: historyOpen ? 'rotate(180deg)' : undefined, transition: 'transform 150ms' }}
                  />
                }
              >
                {historyOpen ? 'Hide' : 'Show'} check-in history ({goal.checkIns.length})
              </Button>
            </Group>
          ) : null}
          <Collapse expanded={historyOpen} id={historyId}>
            <Stack pt="xs">
              <GoalCheckInHistory checkIns={goal.checkIns} />
            </Stack>
          </Collapse>
        </Stack>
      </Stack>
    </Card>
  );
}
