import { Badge, Button, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconArrowRight, IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import type { HomeGrowthOverviewFragment } from '@web/generated/graphql';
import { EmptyMessage } from '@web/shared/components/EmptyMessage';
import { RouterAnchor } from '@web/shared/components/RouterAnchor';
import { personPath } from '@web/shared/routes';
import { WARNING_TEXT_COLOR } from '@web/modules/goals/utils/goalLabels';
import classes from './ManagerOverview.module.css';

type GoalAttention = HomeGrowthOverviewFragment['goalsNeedingAttention'][number];

interface GoalsNeedingAttentionProps {
  goals: GoalAttention[];
  /** Managers see whose goal it is; a member's own list leaves the name out. */
  showPerson: boolean;
  emptyTitle: string;
  emptyDescription: string;
}

const FIRST = 5;

export function GoalsNeedingAttention({ goals, showPerson, emptyTitle, emptyDescription }: GoalsNeedingAttentionProps) {
  const [expanded, setExpanded] = useState(false);
  if (goals.length === 0) {
    return (
      <EmptyMessage
        title={emptyTitle}
        description={emptyDescription}
        icon={<IconCircleCheck size={32} aria-hidden />}
      />
    );
  }
  const shown = expanded ? goals : goals.slice(0, FIRST);

  return (
    <Stack gap="sm">
      <ul className={classes.rows}>
        {shown.map((goal) => (
          <li key={goal.goalId} className={classes.row}>
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
              <Stack gap={2} miw={0}>
                {/* Inline, so a long title wraps like a sentence after the name. */}
                <Text size="sm">
                  {showPerson ? (
                    <>
                      <Text span fw={600}>
                        {goal.person.name}
                      </Text>
                      <IconArrowRight size={14} aria-hidden style={{ margin: '0 6px', verticalAlign: -2 }} />
                      <VisuallyHidden>: </VisuallyHidden>
                    </>
                  ) : null}
                  <RouterAnchor to={personPath(goal.person.id, 'goals')} fw={600}>
                    {goal.title}
                  </RouterAnchor>
                </Text>
                <Text size="xs" c="dimmed">
                  {goal.reason}
                </Text>
              </Stack>
              {goal.stale ? (
                <Badge size="sm" variant="outline" color={WARNING_TEXT_COLOR} tt="none" style={{ flexShrink: 0 }}>
                  No recent check-in
                </Badge>
              ) : null}
            </Group>
          </li>
        ))}
      </ul>
      {goals.length > FIRST ? (
        <Group>
          <Button variant="subtle" size="xs" onClick={() => setExpanded((value) => !value)} aria-expanded={expanded}>
            {expanded ? 'Show fewer' : `Show all ${goals.length}`}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
