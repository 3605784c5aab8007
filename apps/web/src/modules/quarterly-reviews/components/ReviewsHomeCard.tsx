import { useQuery } from '@apollo/client/react';
import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { HomePanel } from '@web/modules/home/components/HomePanel';
import { RouterAnchor } from '@web/shared/components/RouterAnchor';
import { reviewPath, reviewsPath } from '@web/shared/routes';
import { reviewCyclesQuery } from '../graphql/reviewQueries';
import { progressText } from '../utils/reviewLabels';

/**
 * Home, while a quarter's review is open: a manager sees how far their reviews have come; anyone
 * sees their own review. Nothing when no cycle is open.
 */
export function ReviewsHomeCard({ writes }: { writes: boolean }) {
  const { data } = useQuery(reviewCyclesQuery);
  const cycle = data?.reviewCycles.cycles.find((c) => c.status === 'OPEN');
  if (!cycle) return null;
  const p = cycle.progress;
  return (
    <HomePanel id="home-reviews" title={`${cycle.quarterLabel} review`}>
      <Stack gap="sm">
        {writes && p.total > 0 ? (
          <Stack gap={4}>
            <Progress value={(p.shared / p.total) * 100} color="teal.8" size="md" aria-hidden />
            <Text size="sm">{progressText(p)}</Text>
          </Stack>
        ) : null}
        <Group gap="sm">
          {writes ? (
            <Button component={Link} to={reviewsPath(cycle.id)} size="sm">
              Write your reviews
            </Button>
          ) : null}
          {cycle.myReviewId ? (
            writes ? (
              <RouterAnchor to={reviewPath(cycle.myReviewId)} size="sm" underline="always">
                Your own review
              </RouterAnchor>
            ) : (
              <Button component={Link} to={reviewPath(cycle.myReviewId)} size="sm">
                Open your review
              </Button>
            )
          ) : null}
        </Group>
      </Stack>
    </HomePanel>
  );
}
