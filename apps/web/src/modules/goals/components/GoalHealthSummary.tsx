import { Box, Group, Progress, Stack, Text } from '@mantine/core';
import { IconClockExclamation } from '@tabler/icons-react';
import type { GoalFieldsFragment } from '@web/generated/graphql';
import { goalHealthLooks, goalSignals, paceState } from '../utils/goalLabels';

type SummaryGoal = Pick<GoalFieldsFragment, 'status' | 'health' | 'checkIns'>;

/**
 * How the goal is doing: the most urgent signal (health, staleness, confidence or status) in
 * words and colour, the others quietly after it, and progress against the time gone.
 */
export function GoalHealthSummary({ goal }: { goal: SummaryGoal }) {
  const { health } = goal;
  const [first, ...rest] = goalSignals(goal);
  const quiet = rest.filter((signal) => signal.urgency > 0);
  const look = goalHealthLooks[paceState(health)];
  const showBar = health.state !== 'DRAFT' && health.state !== 'DROPPED';
  const expected = Math.min(100, Math.max(0, health.expectedProgress));
  return (
    <Stack gap={6}>
      <Group gap="xs" wrap="wrap">
        <Group gap={6} wrap="nowrap">
          {first.kind === 'staleness' ? (
            <IconClockExclamation size={14} aria-hidden color="var(--mantine-color-orange-9)" />
          ) : (
            <Box
              w={10}
              h={10}
              bg={first.kind === 'health' ? look.barColor : first.color}
              style={{ borderRadius: '50%' }}
              aria-hidden
            />
          )}
          <Text size="sm" fw={650} c={first.color}>
            {first.label}
          </Text>
        </Group>
        {quiet.length > 0 ? (
          <Text size="sm" c="dimmed">
            {quiet.map((signal) => signal.label).join(' · ')}
          </Text>
        ) : null}
      </Group>
      {showBar ? (
        <Stack gap={4}>
          <Box pos="relative" py={4}>
            <Progress
              value={health.progress}
              color={look.barColor}
              size="md"
              radius="xl"
              aria-label="Progress"
              bg="gray.2"
            />
            {health.state !== 'DONE' ? (
              // The share of the goal's time already gone: where progress should be by now.
              <Box
                aria-hidden
                pos="absolute"
                top={0}
                bottom={0}
                w={3}
                bg="dark.6"
                style={{ left: `calc(${expected}% - 1.5px)`, borderRadius: 2 }}
              />
            ) : null}
          </Box>
          <Text size="xs" c="dimmed">
            {health.progress}% done
            {health.state !== 'DONE' ? (
              <>
                {' · '}
                <Box
                  component="span"
                  display="inline-block"
                  w={3}
                  h={10}
                  bg="dark.6"
                  mr={4}
                  style={{ verticalAlign: 'middle', borderRadius: 2 }}
                  aria-hidden
                />
                {expected}% expected by now
              </>
            ) : null}
          </Text>
        </Stack>
      ) : null}
    </Stack>
  );
}
