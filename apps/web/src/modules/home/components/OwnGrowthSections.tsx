import { Button, Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { Link } from 'react-router';
import { LoadingState } from '@web/shared/components/LoadingState';
import { QueryError } from '@web/shared/components/QueryError';
import { personPath, rateYourselfPath } from '@web/shared/routes';
import { useGrowthOverview } from '../hooks/useGrowthOverview';
import { GoalsNeedingAttention } from './GoalsNeedingAttention';
import { HomePanel } from './HomePanel';

/**
 * The viewer's own growth to-dos: their self-assessment this quarter and their goals that need
 * attention. Everyone with a person record has them, managers included.
 */
export function OwnGrowthSections({ personId }: { personId: string }) {
  const { overview, error, refetch } = useGrowthOverview();
  const pending = (label: string) =>
    error ? (
      <QueryError title={`Could not load ${label}`} error={error} onRetry={() => refetch()} />
    ) : (
      <LoadingState label={`Loading ${label}`} rows={2} />
    );
  const own = overview?.missingAssessments.find((item) => item.person.id === personId);
  const ownGoals = overview?.goalsNeedingAttention.filter((goal) => goal.person.id === personId) ?? [];

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <HomePanel
        id="your-self-assessment"
        title={overview ? `Your self-assessment for ${overview.quarter.label}` : 'Your self-assessment'}
      >
        {overview ? (
          <Stack gap="sm">
            {own && own.selfMissing > 0 ? (
              <>
                <Text size="sm">
                  <Text span fw={700} fz="lg">
                    {`${own.selfMissing} of ${own.total}`}
                  </Text>{' '}
                  competencies still to rate
                </Text>
                <div aria-hidden>
                  <Progress value={((own.total - own.selfMissing) / Math.max(1, own.total)) * 100} size="sm" />
                </div>
              </>
            ) : (
              <Text size="sm">{`You have rated every competency for ${overview.quarter.label}.`}</Text>
            )}
            <Group>
              <Button
                component={Link}
                to={own && own.selfMissing > 0 ? rateYourselfPath(personId) : personPath(personId, 'growth')}
                variant="light"
                size="sm"
                rightSection={<IconArrowRight size={16} aria-hidden />}
              >
                {own && own.selfMissing > 0 ? 'Rate yourself' : 'Open your growth'}
              </Button>
            </Group>
          </Stack>
        ) : (
          pending('your self-assessment')
        )}
      </HomePanel>
      <HomePanel id="your-goals-attention" title="Your goals that need attention">
        {overview ? (
          <GoalsNeedingAttention
            goals={ownGoals}
            showPerson={false}
            emptyTitle="Your goals are on track"
            emptyDescription="None of your open goals is behind or waiting for a check-in."
          />
        ) : (
          pending('your goals')
        )}
      </HomePanel>
    </SimpleGrid>
  );
}
