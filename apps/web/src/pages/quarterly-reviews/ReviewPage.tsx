import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Card, Grid, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconFileTypePdf, IconMarkdown } from '@tabler/icons-react';
import { useParams } from 'react-router';
import { PacketView } from '@web/modules/quarterly-reviews/components/PacketView';
import {
  ManagerWriting,
  ManagerWritingRead,
  Reflection,
} from '@web/modules/quarterly-reviews/components/ReviewWriting';
import { reviewQuery } from '@web/modules/quarterly-reviews/graphql/reviewQueries';
import { READINESS_LABEL, STATE_COLOR, STATE_LABEL } from '@web/modules/quarterly-reviews/utils/reviewLabels';
import { LoadingState } from '@web/shared/components/LoadingState';
import { PageHeader } from '@web/shared/components/PageHeader';
import { QueryError } from '@web/shared/components/QueryError';
import { RouterAnchor } from '@web/shared/components/RouterAnchor';
import { NotFoundContent } from '@web/shared/components/StatusContent';
import { hasErrorCode } from '@web/shared/graphql/errors';
import { reviewsPath } from '@web/shared/routes';
import { formatDate } from '@web/shared/utils/format';

/** /reviews/:reviewId: one person's quarter — the packet, the manager's review and their reflection. */
export function ReviewPage() {
  const { reviewId = '' } = useParams();
  const { data, error, refetch } = useQuery(reviewQuery, { variables: { id: reviewId } });
  const review = data?.review;
  if (!review) {
    if (hasErrorCode(error, 'NOT_FOUND') || hasErrorCode(error, 'BAD_USER_INPUT')) {
      return <NotFoundContent message="This review does not exist, or it is not yours to read." />;
    }
    return (
      <>
        <PageHeader title="Review" documentTitle="Loading the review" />
        {error ? (
          <QueryError title="Could not load the review" error={error} onRetry={() => refetch()} />
        ) : (
          <LoadingState label="Loading the review" rows={8} />
        )}
      </>
    );
  }
  const firstName = review.person.name.split(' ')[0];
  const reload = () => refetch();
  const subtitle = [
    review.person.title,
    review.person.teamName,
    review.person.managerName ? `reports to ${review.person.managerName}` : null,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <>
      <PageHeader
        title={`${review.person.name}: ${review.quarterLabel}`}
        description={subtitle}
        actions={
          <Group gap="xs">
            <Badge variant="outline" size="lg" color={STATE_COLOR[review.state]}>
              {STATE_LABEL[review.state]}
            </Badge>
            {review.packet.frozen ? (
              <Badge variant="outline" size="lg" color="gray.8">
                Frozen
              </Badge>
            ) : null}
          </Group>
        }
      />
      <Text size="sm" mb="md">
        <RouterAnchor to={reviewsPath(review.cycleId)} size="sm" underline="always">
          {`All ${review.quarterLabel} reviews`}
        </RouterAnchor>
        {review.packet.frozen
          ? ' · The quarter is closed: these figures were frozen when it closed.'
          : ' · The figures follow the records until the quarter is closed.'}
      </Text>
      <Grid gap="lg">
        {/* On a phone the writing comes first: it is what the person opens the review for. */}
        <Grid.Col span={{ base: 12, lg: 7 }} order={{ base: 2, lg: 1 }}>
          <PacketView packet={review.packet} firstName={firstName} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }} order={{ base: 1, lg: 2 }}>
          <Stack gap="md">
            {review.canWrite ? (
              <ManagerWriting key={review.version} review={review} onReload={reload} />
            ) : (
              <ManagerWritingRead review={review} />
            )}
            <Reflection key={`r-${review.version}`} review={review} onReload={reload} />
            {review.adjustments.length > 0 ? (
              <Card withBorder padding="lg" component="section" aria-labelledby="calibration-title">
                <Stack gap="xs">
                  <Title order={2} size="h4" id="calibration-title">
                    Calibration
                  </Title>
                  <List size="sm" spacing={4}>
                    {review.adjustments.map((a) => (
                      <List.Item key={`${a.at}-${a.to}`}>
                        {`${a.byName} changed readiness from ${a.from ? READINESS_LABEL[a.from] : 'not set'} to ${READINESS_LABEL[a.to]} on ${formatDate(a.at)}: ${a.reason}`}
                      </List.Item>
                    ))}
                  </List>
                </Stack>
              </Card>
            ) : null}
            <Card withBorder padding="lg" component="section" aria-labelledby="export-title">
              <Stack gap="xs">
                <Title order={2} size="h4" id="export-title">
                  Export
                </Title>
                <Group gap="md">
                  <Anchor href={`/exports/reviews/${review.id}.pdf`} download size="sm" underline="always">
                    <Group gap={4} component="span">
                      <IconFileTypePdf size={16} aria-hidden />
                      PDF
                    </Group>
                  </Anchor>
                  <Anchor href={`/exports/reviews/${review.id}.md`} download size="sm" underline="always">
                    <Group gap={4} component="span">
                      <IconMarkdown size={16} aria-hidden />
                      Markdown
                    </Group>
                  </Anchor>
                </Group>
                <Text size="xs" c="dimmed">
                  What you see here, never a one-on-one note.
                </Text>
              </Stack>
            </Card>
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
