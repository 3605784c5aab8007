import { useQuery } from '@apollo/client/react';
import { Card, SimpleGrid, Stack, Title } from '@mantine/core';
import { IconHierarchy, IconUsers, IconUsersGroup } from '@tabler/icons-react';
import { useMemo } from 'react';
import { EmptyMessage } from '@web/shared/components/EmptyMessage';
import { LoadingState } from '@web/shared/components/LoadingState';
import { QueryError } from '@web/shared/components/QueryError';
import { PeopleTable } from '@web/modules/people/components/PeopleTable';
import { sortByName } from '@web/shared/utils/sortByName';
import { reportsBelow } from '@web/modules/people/utils/reportingLine';
import { managerOverviewQuery } from '../graphql/managerOverviewQuery';
import { ManagerGrowthSections } from './ManagerGrowthSections';
import { OwnGrowthSections } from './OwnGrowthSections';
import { PersonCard } from './PersonCard';
import { StatCard } from './StatCard';
import classes from './ManagerOverview.module.css';

export function ManagerOverview({ personId }: { personId: string }) {
  const { data, error, refetch } = useQuery(managerOverviewQuery, { variables: { personId } });

  const overview = useMemo(() => {
    if (!data) return undefined;
    const direct = sortByName(data.person.directReports.filter((person) => person.active));
    const directIds = new Set(direct.map((person) => person.id));
    // `people` may hold people outside the reporting line (the viewer's own
    // manager, for one); the reach is what hangs below the viewer.
    const wider = sortByName(
      reportsBelow(data.people, personId).filter((person) => person.active && !directIds.has(person.id)),
    );
    const teams = new Set([...direct, ...wider].flatMap((person) => (person.team ? [person.team.id] : [])));
    return { direct, wider, teamCount: teams.size };
  }, [data, personId]);

  if (error && !overview) {
    return <QueryError title="Could not load your people" error={error} onRetry={() => refetch()} />;
  }
  if (!overview) return <LoadingState label="Loading your people" rows={6} />;

  return (
    <Stack gap="xl">
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="md">
        <StatCard label="Direct reports" value={overview.direct.length} icon={<IconUsers size={22} />} />
        <StatCard
          label="People in your reach"
          value={overview.direct.length + overview.wider.length}
          hint="Directly and through managers below you"
          icon={<IconHierarchy size={22} />}
        />
        <StatCard label="Teams" value={overview.teamCount} icon={<IconUsersGroup size={22} />} />
      </SimpleGrid>

      <ManagerGrowthSections personId={personId} />

      <section aria-labelledby="your-people">
        <Title order={2} size="h4" mb="sm" id="your-people">
          Your people
        </Title>
        {overview.direct.length === 0 ? (
          <Card>
            <EmptyMessage title="Nobody reports to you yet" description="Your direct reports will appear here." />
          </Card>
        ) : (
          <SimpleGrid component="ul" cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" className={classes.list}>
            {overview.direct.map((person) => (
              <PersonCard key={person.id} person={person} />
            ))}
          </SimpleGrid>
        )}
      </section>

      {/* A manager has a manager too: their own self-assessment and goals. */}
      <OwnGrowthSections personId={personId} />

      {overview.wider.length > 0 ? (
        <section aria-labelledby="wider-reach">
          <Title order={2} size="h4" mb="sm" id="wider-reach">
            Wider reach
          </Title>
          <Card>
            <PeopleTable people={overview.wider} label="Wider reach" />
          </Card>
        </section>
      ) : null}
    </Stack>
  );
}
