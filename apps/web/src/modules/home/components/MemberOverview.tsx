import { Avatar, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { personPath, teamPath } from '@web/shared/routes';
import type { CurrentUserFragment } from '@web/generated/graphql';
import { StaffingOffersHomeCard } from '@web/modules/evidence/components/StaffingOffersHomeCard';
import { OneOnOnesHomeCards } from '@web/modules/one-on-ones/components/OneOnOnesHomeCard';
import { ReviewsHomeCard } from '@web/modules/quarterly-reviews/components/ReviewsHomeCard';
import { MyNextWeeks } from '@web/modules/staffing/components/StaffingHomeCards';
import { RouterAnchor } from '@web/shared/components/RouterAnchor';
import { formatTrack } from '@web/shared/utils/format';
import { OwnGrowthSections } from './OwnGrowthSections';

type LinkedPerson = NonNullable<CurrentUserFragment['person']>;

export function MemberOverview({ person }: { person: LinkedPerson }) {
  return (
    <Stack gap="md">
      <OneOnOnesHomeCards />
      <ReviewsHomeCard writes={false} />
      <OwnGrowthSections personId={person.id} />
      <MyNextWeeks personId={person.id} />
      <StaffingOffersHomeCard personId={person.id} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Card component="section" aria-labelledby="your-profile">
          <Stack gap="md">
            <Title order={2} size="h4" id="your-profile">
              Your profile
            </Title>
            <Group gap="md" wrap="nowrap">
              <Avatar name={person.name} size="lg" radius="xl" aria-hidden />
              <Stack gap={2}>
                <Text fw={600}>{person.name}</Text>
                <Text size="sm">{person.title}</Text>
              </Stack>
            </Group>
            <Group gap="xs">
              {person.level ? (
                <Badge variant="light" color="indigo">
                  {person.level}
                </Badge>
              ) : null}
              <Badge variant="outline" color="gray.8">
                {formatTrack(person.track)}
              </Badge>
            </Group>
            <Text size="sm">
              Team:{' '}
              {person.team ? (
                <RouterAnchor to={teamPath(person.team.id)}>{person.team.name}</RouterAnchor>
              ) : (
                'No team yet'
              )}
            </Text>
            <RouterAnchor to={personPath(person.id)} size="sm">
              View your full profile
            </RouterAnchor>
          </Stack>
        </Card>
        <Card component="section" aria-labelledby="your-manager">
          <Stack gap="md">
            <Title order={2} size="h4" id="your-manager">
              Your manager
            </Title>
            {person.manager ? (
              <Group gap="md" wrap="nowrap">
                <Avatar name={person.manager.name} size="lg" radius="xl" aria-hidden />
                <Stack gap={2}>
                  <RouterAnchor to={personPath(person.manager.id)} fw={600}>
                    {person.manager.name}
                  </RouterAnchor>
                  <Text size="sm">{person.manager.title}</Text>
                </Stack>
              </Group>
            ) : (
              <Text size="sm" c="dimmed">
                You have no manager in Trellis yet.
              </Text>
            )}
          </Stack>
        </Card>
      </SimpleGrid>
    </Stack>
  );
}
