import { useQuery } from '@apollo/client/react';
import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconHierarchy, IconUsers, IconUsersGroup } from '@tabler/icons-react';
import { type ReactNode, useMemo } from 'react';
import { StaffingOffersHomeCard } from '@web/modules/evidence/components/StaffingOffersHomeCard';
import { OneOnOnesHomeCards } from '@web/modules/one-on-ones/components/OneOnOnesHomeCard';
import { ReviewsHomeCard } from '@web/modules/quarterly-reviews/components/ReviewsHomeCard';
import { ManagerStaffingCards } from '@web/modules/staffing/components/StaffingHomeCards';
import { EmptyMessage } from '@web/shared/components/EmptyMessage';
import { LoadingState } from '@web/shared/components/LoadingState';
import { QueryError } from '@web/shared/components/QueryError';
import { sortByName } from '@web/shared/utils/sortByName';
import { managerOverviewQuery } from '../graphql/managerOverviewQuery';
import { useGrowthOverview } from '../hooks/useGrowthOverview';
import { ManagerGrowthSections } from './ManagerGrowthSections';
import { OwnGrowthSections } from './OwnGrowthSections';
import { PersonCard } from './PersonCard';
import { ReachByTeam } from './ReachByTeam';
import { StatCard } from './StatCard';
import classes from './ManagerOverview.module.css';

export function ManagerOverview({ personId }: { personId: string }) {
  const { data, error, refetch } = useQuery(managerOverviewQuery, { variables: { personId } });
  const { overview } = useGrowthOverview();

  const direct = useMemo(
    () => (data ? sortByName(data.person.directReports.filter((person) => person.active)) : undefined),
    [data],
  );
  // The reach comes summed up by team: a director's Home does not list everyone.
  const reach = useMemo(
    () =>
      overview && {
        people: overview.teams.reduce((sum, row) => sum + row.people, 0),
        teams: overview.teams.filter((row) => row.team !== null).length,
      },
    [overview],
  );

  // Every card asks for its own data at once: the other cards do not wait for this list.
  let people: ReactNode;
  if (error && !direct) {
    people = <QueryError title="Could not load your people" error={error} onRetry={() => refetch()} />;
  } else if (!direct) {
    people = <LoadingState label="Loading your people" rows={3} />;
  } else if (direct.length === 0) {
    people = (
      <Card>
        <EmptyMessage title="Nobody reports to you yet" description="Your direct reports will appear here." />
      </Card>
    );
  } else {
    people = (
      <SimpleGrid component="ul" cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" className={classes.list}>
        {direct.map((person) => (
          <PersonCard key={person.id} person={person} />
        ))}
      </SimpleGrid>
    );
  }

  return (
    <Stack gap="xl">
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="md">
        <StatCard label="Direct reports" value={direct ? direct.length : '…'} icon={<IconUsers size={22} />} />
        <StatCard
          label="People in your reach"
          value={reach ? reach.people : '…'}
          hint="Directly and through managers below you"
          icon={<IconHierarchy size={22} />}
        />
        <StatCard label="Teams" value={reach ? reach.teams : '…'} icon={<IconUsersGroup size={22} />} />
      </SimpleGrid>

      {/* Reach over more than one team: a row per team instead of a row per person. */}
      {overview && overview.teams.length > 1 ? (
        <section aria-labelledby="reach-by-team">
          <Title order={2} size="h4" mb={4} id="reach-by-team">
            Your reach by team
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {`Everyone below you, by the team they are in, for ${overview.quarter.label}. Each person is on the People page.`}
          </Text>
          <Card>
            <ReachByTeam teams={overview.teams} quarterLabel={overview.quarter.label} />
          </Card>
        </section>
      ) : null}

      <ManagerGrowthSections personId={personId} />

      <OneOnOnesHomeCards />
      <ReviewsHomeCard writes />

      {/* Staffing: who is over-allocated, who goes without development time. */}
      <ManagerStaffingCards personId={personId} />
      <StaffingOffersHomeCard personId={personId} />

      <section aria-labelledby="your-people">
        <Title order={2} size="h4" mb="sm" id="your-people">
          Your people
        </Title>
        {people}
      </section>

      {/* A manager has a manager too: their own self-assessment and goals. */}
      <OwnGrowthSections personId={personId} />
    </Stack>
  );
}
