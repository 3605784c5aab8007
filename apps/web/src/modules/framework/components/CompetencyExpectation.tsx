import { Group, Stack, Text, Title } from '@mantine/core';
import type { FrameworkCompetency, FrameworkLevel } from '../utils/frameworkView';
import { expectationFor } from '../utils/frameworkView';
import { RetiredBadge } from './RetiredBadge';

interface CompetencyExpectationProps {
  competency: FrameworkCompetency;
  level: FrameworkLevel | undefined;
}

/** One competency: what it is, and what the chosen level expects of it. */
export function CompetencyExpectation({ competency, level }: CompetencyExpectationProps) {
  const expectation = level ? expectationFor(competency, level.key) : undefined;
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Title order={3} size="h5">
          {competency.name}
        </Title>
        {competency.retired ? <RetiredBadge /> : null}
      </Group>
      <Text size="sm" c="dimmed">
        {competency.description}
      </Text>
      {level ? (
        <Text size="sm">
          <Text span fw={600} inherit>
            {level.name}:{' '}
          </Text>
          {expectation ?? (
            <Text span fs="italic" c="dimmed" inherit>
              No expectation is written for this level.
            </Text>
          )}
        </Text>
      ) : null}
    </Stack>
  );
}
