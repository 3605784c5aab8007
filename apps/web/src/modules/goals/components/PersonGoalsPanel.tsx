import { Button, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconPlus, IconTarget } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { EmptyMessage } from '@web/shared/components/EmptyMessage';
import { LoadingState } from '@web/shared/components/LoadingState';
import { QueryError } from '@web/shared/components/QueryError';
import { possessive } from '@web/shared/utils/format';
import { useGoals } from '../hooks/useGoals';
import { isOpenGoal } from '../utils/goalLabels';
import { CheckInDialog } from './CheckInDialog';
import { GoalCard } from './GoalCard';
import { GoalFormDialog } from './GoalFormDialog';

export interface PersonGoalsPanelProps {
  personId: string;
  personName: string;
  canEdit: boolean;
  /** The viewer's own goals: the page speaks to them. */
  isSelf?: boolean;
}

type GoalFilter = 'open' | 'closed';

/** The Goals tab of a person's page: their goals with health, milestones and check-ins. */
export function PersonGoalsPanel({ personId, personName, canEdit, isSelf = false }: PersonGoalsPanelProps) {
  const { goals, error, refetch } = useGoals(personId);
  const [filter, setFilter] = useState<GoalFilter>('open');
  // Ids, not objects, so a dialog always shows the goal as the cache has it now.
  const [formGoalId, setFormGoalId] = useState<string | 'new' | null>(null);
  const [checkInGoalId, setCheckInGoalId] = useState<string | null>(null);

  const { open, closed } = useMemo(
    () => ({
      open: (goals ?? []).filter((goal) => isOpenGoal(goal.status)),
      closed: (goals ?? []).filter((goal) => !isOpenGoal(goal.status)),
    }),
    [goals],
  );
  const shown = filter === 'open' ? open : closed;
  const formGoal = formGoalId && formGoalId !== 'new' ? (goals?.find((goal) => goal.id === formGoalId) ?? null) : null;
  const checkInGoal = checkInGoalId ? (goals?.find((goal) => goal.id === checkInGoalId) ?? null) : null;

  const newGoalButton = canEdit ? (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setFormGoalId('new')}>
      New goal
    </Button>
  ) : null;

  let body;
  if (!goals && error) {
    body = <QueryError title="Could not load the goals" error={error} onRetry={() => refetch()} />;
  } else if (!goals) {
    body = <LoadingState label="Loading goals" rows={4} />;
  } else if (goals.length === 0) {
    body = (
      <EmptyMessage
        icon={<IconTarget size={32} aria-hidden />}
        title="No goals yet"
        description={`Goals tie ${possessive(personName, isSelf)} growth to competencies of the framework, with milestones and regular check-ins.`}
        action={newGoalButton}
      />
    );
  } else if (shown.length === 0) {
    body = (
      <EmptyMessage
        icon={<IconTarget size={32} aria-hidden />}
        title={filter === 'open' ? 'No open goals' : 'No closed goals'}
        description={
          filter === 'open'
            ? 'Every goal is done or dropped. Start a new one when the next step is clear.'
            : 'Goals that are done or dropped are kept here.'
        }
      />
    );
  } else {
    body = (
      <Stack gap="md">
        {shown.map((goal) => (
          <GoalCard
            key={goal.id}
            goal={goal}
            canEdit={canEdit}
            onEdit={(item) => setFormGoalId(item.id)}
            onCheckIn={(item) => setCheckInGoalId(item.id)}
          />
        ))}
      </Stack>
    );
  }

  return (
    <Stack gap="md" component="section" aria-labelledby="person-goals-heading">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="md">
        <Stack gap={2}>
          <Title order={2} size="h3" id="person-goals-heading">
            Goals
          </Title>
          <Text size="sm" c="dimmed">
            {isSelf ? 'What you are working toward' : `What ${personName} is working toward`}, and how it is going.
          </Text>
        </Stack>
        <Group gap="sm">
          {goals && goals.length > 0 ? (
            <SegmentedControl
              aria-label="Show goals"
              value={filter}
              onChange={(value) => setFilter(value as GoalFilter)}
              data={[
                { value: 'open', label: `Open (${open.length})` },
                { value: 'closed', label: `Closed (${closed.length})` },
              ]}
            />
          ) : null}
          {goals && goals.length > 0 ? newGoalButton : null}
        </Group>
      </Group>
      {body}
      {canEdit ? (
        <>
          <GoalFormDialog
            personId={personId}
            personName={personName}
            isSelf={isSelf}
            opened={formGoalId !== null}
            goal={formGoal}
            onClose={() => setFormGoalId(null)}
            onReload={() => refetch()}
          />
          <CheckInDialog goal={checkInGoal} onClose={() => setCheckInGoalId(null)} />
        </>
      ) : null}
    </Stack>
  );
}
