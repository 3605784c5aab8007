import { Badge, Box, Group, Progress, Stack, Text } from '@mantine/core';
import { IconClockExclamation } from '@tabler/icons-react';
import type { GoalFieldsFragment } from '@web/generated/graphql';
import { goalHealthLooks, staleLabel, WARNING_TEXT_COLOR } from '../utils/goalLabels';

/** How the goal is doing: its state in words and colour, progress against the time gone, staleness. */
export function GoalHealthSummary({ health }: { health: GoalFieldsFragment['health'] }) {
  const look = goalHealthLooks[health.state];
  const showBar = health.state !== 'DRAFT' && health.state !== 'DROPPED';
  const expected = Math.min(100, Math.max(0, health.expectedProgress));
  return (
    <Stack gap={6}>
      <Group gap="xs" wrap="wrap">
        <Group gap={6} wrap="nowrap">
          <Box w={10} h={10} bg={look.barColor} style={{ borderRadius: '50%' }} aria-hidden />
          <Text size="sm" fw={650} c={look.color}>
            {look.label}
          </Text>
        </Group>
        {health.reason && health.reason !== look.label ? (
          <Text size="sm" c="dimmed">
            {health.reason}
          </Text>
        ) : null}
        {health.stale ? (
          <Badge
            variant="outline"
            color={WARNING_TEXT_COLOR}
            size="sm"
            leftSection={<IconClockExclamation size={12} aria-hidden />}
          >
            {staleLabel(health.daysSinceCheckIn)}
          </Badge>
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
