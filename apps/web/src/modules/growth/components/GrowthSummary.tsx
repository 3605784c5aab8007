import { Card, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { PersonGrowthFieldsFragment } from '@web/generated/graphql';

function Figure({ label, value, children }: { label: string; value: ReactNode; children?: ReactNode }) {
  return (
    <Card padding="sm">
      <Stack gap={4}>
        <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
          {label}
        </Text>
        <Text size="md" fw={650} lh={1.3}>
          {value}
        </Text>
        {children}
      </Stack>
    </Card>
  );
}

interface GrowthSummaryProps {
  growth: PersonGrowthFieldsFragment;
  /** The person's level name from their profile, for a level that is not on the scale. */
  levelName: string;
  /** Who shares the manager ratings, for the member's "not shared yet" sentences. */
  managerName: string | null;
}

/** Level, readiness for the next level, disagreements and how many ratings are in. */
export function GrowthSummary({ growth, levelName, managerName }: GrowthSummaryProps) {
  const total = growth.competencies.length;
  const readiness = growth.readiness;
  const sharer = managerName ?? 'the manager';
  const hidden = !growth.managerRatingsVisible;

  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm" component="section" aria-label="Growth summary">
      <Figure label="Level" value={growth.level?.name ?? levelName}>
        <Text size="xs" c="dimmed">
          {growth.level ? 'Expected on every competency' : 'This level is not on the track’s scale'}
        </Text>
      </Figure>

      <Figure
        label="Readiness"
        value={
          readiness?.nextLevelName
            ? `${readiness.met}/${readiness.total} toward ${readiness.nextLevelName}`
            : readiness
              ? 'Top of the track'
              : 'Not yet known'
        }
      >
        {readiness?.nextLevelName ? (
          <>
            <Progress
              value={Math.round(readiness.share * 100)}
              aria-label={`Readiness toward ${readiness.nextLevelName}`}
              size="sm"
              color="teal.9"
            />
            <Text size="xs" c="dimmed">
              {growth.readinessThrough
                ? `From the latest manager ratings, through ${growth.readinessThrough.label}`
                : 'From the latest manager ratings'}
            </Text>
          </>
        ) : readiness ? null : (
          <Text size="xs" c="dimmed">
            {hidden && !growth.canManagerAssess
              ? `Appears once ${sharer} shares the manager ratings`
              : 'Appears with the first manager ratings'}
          </Text>
        )}
      </Figure>

      <Figure label="Disagreements" value={hidden ? 'Not shared yet' : growth.disagreementCount}>
        <Text size="xs" c="dimmed">
          {hidden ? 'Counted once the manager ratings are shared' : 'Self and manager a level or more apart'}
        </Text>
      </Figure>

      <Figure
        label="Ratings completed"
        value={
          <>
            <span style={{ display: 'block' }}>{`Self: ${growth.selfCount}/${total}`}</span>
            <span style={{ display: 'block' }}>
              {`Manager: ${hidden ? 'not shared yet' : `${growth.managerCount}/${total}`}`}
            </span>
          </>
        }
      />
    </SimpleGrid>
  );
}
