import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Group, Progress, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconChartBar, IconClipboardCheck, IconScale } from '@tabler/icons-react';
import { Link, useSearchParams } from 'react-router';
import type { ReviewCycleFieldsFragment } from '@web/generated/graphql';
import { useCurrentUser } from '@web/modules/auth/hooks/useCurrentUser';
import { CloseCycleButton } from '@web/modules/quarterly-reviews/components/CloseCycleButton';
import { ScrollRegion } from '@web/shared/components/ScrollRegion';
import { openReviewCycleMutation } from '@web/modules/quarterly-reviews/graphql/reviewMutations';
import { reviewCycleQuery, reviewCyclesQuery } from '@web/modules/quarterly-reviews/graphql/reviewQueries';
import {
  ownReviewCall,
  progressText,
  READINESS_LABEL,
  STATE_COLOR,
  STATE_LABEL,
} from '@web/modules/quarterly-reviews/utils/reviewLabels';
import { EmptyMessage } from '@web/shared/components/EmptyMessage';
import { FormAlert } from '@web/shared/components/FormAlert';
import { LoadingState } from '@web/shared/components/LoadingState';
import { PageHeader } from '@web/shared/components/PageHeader';
import { QueryError } from '@web/shared/components/QueryError';
import { RouterAnchor } from '@web/shared/components/RouterAnchor';
import { getUserMessage } from '@web/shared/graphql/errors';
import { reviewCalibrationPath, reviewPath, reviewReportPath } from '@web/shared/routes';
import { formatDate } from '@web/shared/utils/format';

/**
 * Quarterly reviews: the cycles (newest first), the chosen one's progress and its reviews — a
 * manager's reach and their own; a member's own. Admins and directors open and close cycles.
 */
export function ReviewsPage() {
  const { user } = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const { data, error, refetch } = useQuery(reviewCyclesQuery, { fetchPolicy: 'cache-and-network' });
  const [open, opening] = useMutation(openReviewCycleMutation, { refetchQueries: ['ReviewCycles'] });
  const overview = data?.reviewCycles;
  const cycles = overview?.cycles ?? [];
  const chosen =
    cycles.find((c) => c.id === params.get('cycle')) ?? cycles.find((c) => c.status === 'OPEN') ?? cycles[0] ?? null;
  const isManager = user?.role === 'MANAGER';

  const openButton = overview?.canOpen ? (
    <Button
      leftSection={<IconClipboardCheck size={16} aria-hidden />}
      loading={opening.loading}
      onClick={() =>
        void open({ variables: { input: {} } })
          .then((r) => {
            const id = r.data?.openReviewCycle.id;
            if (id) setParams({ cycle: id });
          })
          .catch(() => undefined)
      }
    >
      {`Open the ${overview.currentQuarterLabel} review`}
    </Button>
  ) : null;

  return (
    <>
      <PageHeader
        title="Quarterly reviews"
        description="Each person’s quarter, gathered from their ratings, goals, evidence, one-on-ones and time; written, shared and acknowledged."
        actions={openButton}
      />
      <Stack gap="lg">
        {opening.error ? (
          <FormAlert tone="error" title="The review was not opened">
            {getUserMessage(opening.error)}
          </FormAlert>
        ) : null}
        {!overview ? (
          error ? (
            <QueryError title="Could not load the reviews" error={error} onRetry={() => refetch()} />
          ) : (
            <LoadingState label="Loading the reviews" rows={5} />
          )
        ) : !chosen ? (
          <EmptyMessage
            icon={<IconClipboardCheck size={32} aria-hidden />}
            title="No review cycle yet"
            description={
              overview.canOpen
                ? `Open the ${overview.currentQuarterLabel} review: everyone gets a review filled with their quarter.`
                : 'When an admin or a director opens the quarter’s review, yours shows here.'
            }
          />
        ) : (
          <>
            {cycles.length > 1 ? (
              <Select
                label="Quarter"
                w={260}
                data={cycles.map((c) => ({
                  value: c.id,
                  label: `${c.quarterLabel}${c.status === 'CLOSED' ? ' (closed)' : ''}`,
                }))}
                value={chosen.id}
                allowDeselect={false}
                onChange={(value) => value && setParams({ cycle: value }, { replace: true })}
              />
            ) : null}
            <CycleView cycle={chosen} isManager={isManager} />
          </>
        )}
      </Stack>
    </>
  );
}

function CycleView({ cycle, isManager }: { cycle: ReviewCycleFieldsFragment; isManager: boolean }) {
  const { data, error, refetch } = useQuery(reviewCycleQuery, { variables: { id: cycle.id } });
  const reviews = data?.reviewCycle.reviews;
  const own = reviews?.find((r) => r.id === cycle.myReviewId) ?? null;
  const others = reviews?.filter((r) => r.id !== cycle.myReviewId) ?? [];
  const p = cycle.progress;
  return (
    <Stack gap="lg">
      <Card withBorder padding="lg" component="section" aria-labelledby="cycle-title">
        <Stack gap="sm">
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Group gap="sm">
              <Title order={2} size="h3" id="cycle-title">
                {`${cycle.quarterLabel} review`}
              </Title>
              <Badge variant="outline" color={cycle.status === 'OPEN' ? 'teal.9' : 'gray.8'}>
                {cycle.status === 'OPEN' ? 'Open' : 'Closed'}
              </Badge>
            </Group>
            <Group gap="xs">
              {isManager ? (
                <>
                  <Button
                    component={Link}
                    to={reviewCalibrationPath(cycle.id)}
                    variant="default"
                    size="sm"
                    leftSection={<IconScale size={16} aria-hidden />}
                  >
                    Calibration
                  </Button>
                  <Button
                    component={Link}
                    to={reviewReportPath(cycle.id)}
                    variant="default"
                    size="sm"
                    leftSection={<IconChartBar size={16} aria-hidden />}
                  >
                    Team report
                  </Button>
                </>
              ) : null}
              {cycle.canClose ? <CloseCycleButton cycle={cycle} /> : null}
            </Group>
          </Group>
          <Text size="sm" c="dimmed">
            {cycle.status === 'OPEN'
              ? `Opened ${formatDate(cycle.openedAt)}${cycle.openedByName ? ` by ${cycle.openedByName}` : ''}. Figures follow the records until the quarter is closed.`
              : `Closed ${formatDate(cycle.closedAt)}${cycle.closedByName ? ` by ${cycle.closedByName}` : ''}: its figures are frozen.`}
          </Text>
          {p.total > 0 && others.length > 0 ? (
            <Stack gap={4}>
              <Progress.Root size="lg" aria-hidden>
                <Progress.Section value={(p.acknowledged / p.total) * 100} color="teal.8" />
                <Progress.Section value={((p.shared - p.acknowledged) / p.total) * 100} color="blue.7" />
                <Progress.Section value={((p.drafted - p.shared) / p.total) * 100} color="grape.4" />
              </Progress.Root>
              <Text size="sm">{progressText(p)}</Text>
            </Stack>
          ) : null}
        </Stack>
      </Card>
      {!reviews ? (
        error ? (
          <QueryError title="Could not load this quarter’s reviews" error={error} onRetry={() => refetch()} />
        ) : (
          <LoadingState label="Loading this quarter’s reviews" rows={4} />
        )
      ) : (
        <>
          {own ? (
            <Card withBorder padding="lg" component="section" aria-labelledby="own-review-title">
              <Group justify="space-between" wrap="wrap" gap="sm">
                <Stack gap={4}>
                  <Title order={2} size="h4" id="own-review-title">
                    Your review
                  </Title>
                  <Text size="sm">{ownReviewCall(own.state)}</Text>
                </Stack>
                <Button component={Link} to={reviewPath(own.id)}>
                  {own.state === 'SHARED' ? 'Read and acknowledge' : 'Open your review'}
                </Button>
              </Group>
            </Card>
          ) : null}
          {others.length > 0 ? (
            <Card withBorder padding="lg" component="section" aria-labelledby="reach-title">
              <Stack gap="sm">
                <Title order={2} size="h4" id="reach-title">
                  Reviews you write
                </Title>
                <ScrollRegion label="Reviews you write, scrollable" minWidth={640}>
                  <Table striped aria-labelledby="reach-title">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">Person</Table.Th>
                        <Table.Th scope="col">Team</Table.Th>
                        <Table.Th scope="col">Manager</Table.Th>
                        <Table.Th scope="col">State</Table.Th>
                        <Table.Th scope="col">Readiness</Table.Th>
                        <Table.Th scope="col">Reflection</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {others.map((r) => (
                        <Table.Tr key={r.id}>
                          <Table.Td>
                            <RouterAnchor to={reviewPath(r.id)} size="sm" fw={500}>
                              {r.person.name}
                            </RouterAnchor>
                            {r.person.title ? (
                              <Text size="xs" c="dimmed">
                                {r.person.title}
                              </Text>
                            ) : null}
                          </Table.Td>
                          <Table.Td>{r.person.teamName ?? '—'}</Table.Td>
                          <Table.Td>{r.person.managerName ?? '—'}</Table.Td>
                          <Table.Td>
                            <Badge variant="outline" color={STATE_COLOR[r.state]}>
                              {STATE_LABEL[r.state]}
                            </Badge>
                          </Table.Td>
                          <Table.Td>{r.readiness ? READINESS_LABEL[r.readiness] : '—'}</Table.Td>
                          <Table.Td>{r.reflected ? 'Written' : '—'}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </ScrollRegion>
              </Stack>
            </Card>
          ) : null}
          {!own && others.length === 0 ? (
            <EmptyMessage title="No review of yours here" description="This quarter has no review you may read." />
          ) : null}
        </>
      )}
    </Stack>
  );
}
