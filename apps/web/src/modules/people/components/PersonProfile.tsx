import type { ReactNode } from 'react';
import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { personPath, teamPath } from '@web/shared/routes';
import type { PersonDetailFragment } from '@web/generated/graphql';
import { EmptyMessage } from '@web/shared/components/EmptyMessage';
import { RouterAnchor } from '@web/shared/components/RouterAnchor';
import { formatDate, formatTrack } from '@web/shared/utils/format';
import { sortByName } from '@web/shared/utils/sortByName';
import { describeWorkingDays } from '../utils/personForm';
import { PeopleTable } from './PeopleTable';

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} component="dt">
        {label}
      </Text>
      <Text size="sm" component="dd" m={0} mt={2}>
        {children}
      </Text>
    </div>
  );
}

export function PersonProfile({ person }: { person: PersonDetailFragment }) {
  return (
    <Stack gap="lg">
      <Card>
        <Stack gap="md">
          <Group gap="xs">
            {person.level ? (
              <Badge variant="light" color="indigo">
                {person.level}
              </Badge>
            ) : null}
            <Badge variant="outline" color="gray.8">
              {formatTrack(person.track)}
            </Badge>
            {person.active ? (
              <Badge variant="outline" color="teal.9">
                Active
              </Badge>
            ) : (
              <Badge variant="outline" color="gray.8">
                Inactive
              </Badge>
            )}
          </Group>
          <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 4 }} spacing="lg" m={0}>
            <Detail label="Team">
              {person.team ? <RouterAnchor to={teamPath(person.team.id)}>{person.team.name}</RouterAnchor> : 'No team'}
            </Detail>
            <Detail label="Manager">
              {person.manager ? (
                <RouterAnchor to={personPath(person.manager.id)}>{person.manager.name}</RouterAnchor>
              ) : (
                'No manager'
              )}
            </Detail>
            {person.canSeeDetails ? (
              <>
                <Detail label="Start date">{formatDate(person.startDate)}</Detail>
                <Detail label="Weekly capacity">
                  {person.weeklyCapacityHours === null ? '—' : `${person.weeklyCapacityHours} hours`}
                </Detail>
                <Detail label="Working days">{describeWorkingDays(person.workingDays ?? [])}</Detail>
              </>
            ) : null}
          </SimpleGrid>
        </Stack>
      </Card>

      {/* An individual contributor with nobody reporting to them has no use for the card. */}
      {person.directReports.length === 0 && person.track === 'INDIVIDUAL_CONTRIBUTOR' ? null : (
        <Card>
          <Stack gap="sm">
            <Title order={2} size="h4">
              Direct reports
            </Title>
            {person.directReports.length === 0 ? (
              <EmptyMessage title="No direct reports" description={`Nobody reports to ${person.name}.`} />
            ) : (
              <PeopleTable
                people={sortByName(person.directReports)}
                label={`Direct reports of ${person.name}`}
                hideManager
              />
            )}
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
