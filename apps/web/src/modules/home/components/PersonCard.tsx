import { Avatar, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { personPath } from '@web/shared/routes';
import type { PersonSummaryFragment } from '@web/generated/graphql';
import { RouterAnchor } from '@web/shared/components/RouterAnchor';

export function PersonCard({ person }: { person: PersonSummaryFragment }) {
  return (
    <Card padding="md" component="li">
      <Group gap="md" wrap="nowrap" align="flex-start">
        <Avatar name={person.name} radius="xl" aria-hidden />
        <Stack gap={2} miw={0}>
          <RouterAnchor to={personPath(person.id)} fw={600} truncate="end">
            {person.name}
          </RouterAnchor>
          <Text size="sm" truncate="end">
            {person.title}
          </Text>
          <Group gap={6} mt={4}>
            {person.level ? (
              <Badge size="sm" variant="light" color="indigo">
                {person.level}
              </Badge>
            ) : null}
            <Text size="xs" c="dimmed">
              {person.team?.name ?? 'No team'}
            </Text>
          </Group>
        </Stack>
      </Group>
    </Card>
  );
}
