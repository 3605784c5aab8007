import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { LoadingState } from '@web/shared/components/LoadingState';
import { QueryError } from '@web/shared/components/QueryError';
import { useGrowthOverview } from '../hooks/useGrowthOverview';
import { GoalsNeedingAttention } from './GoalsNeedingAttention';
import { HomePanel } from './HomePanel';
import { MissingAssessments } from './MissingAssessments';

/**
 * A manager's growth to-dos for their people: goals that need a look, and this quarter's ratings
 * still to come. Their own record is left to `OwnGrowthSections`.
 */
export function ManagerGrowthSections({ personId }: { personId: string }) {
  const { overview, error, refetch } = useGrowthOverview();
  const theirs = useMemo(
    () =>
      overview && {
        goals: overview.goalsNeedingAttention.filter((goal) => goal.person.id !== personId),
        missing: overview.missingAssessments.filter((item) => item.person.id !== personId),
      },
    [overview, personId],
  );
  const pending = (label: string) =>
    error ? (
      <QueryError title={`Could not load ${label}`} error={error} onRetry={() => refetch()} />
    ) : (
      <LoadingState label={`Loading ${label}`} rows={3} />
    );

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <HomePanel id="goals-need-a-look" title="Goals that need a look">
        {theirs ? (
          <GoalsNeedingAttention
            goals={theirs.goals}
            showPerson
            emptyTitle="No goals need a look"
            emptyDescription="Your people's open goals are on track and checked in on recently."
          />
        ) : (
          pending('the goals')
        )}
      </HomePanel>
      <HomePanel
        id="missing-assessments"
        title={overview ? `Assessments still missing for ${overview.quarter.label}` : 'Assessments still missing'}
      >
        {overview && theirs ? (
          <Stack gap="sm">
            {theirs.missing.length > 0 ? (
              <Text size="xs" c="dimmed">
                Self-assessments are your people&apos;s to write; the manager ratings are yours or their manager&apos;s.
              </Text>
            ) : null}
            <MissingAssessments items={theirs.missing} quarterLabel={overview.quarter.label} />
          </Stack>
        ) : (
          pending('the missing assessments')
        )}
      </HomePanel>
    </SimpleGrid>
  );
}
