import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Card, Group, Modal, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCalendarOff, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { addDays, mondayOf } from '@trellis/domain';
import { useMemo, useState } from 'react';
import type { TimeOffFieldsFragment } from '@web/generated/graphql';
import { todayIso } from '@web/modules/goals/utils/dates';
import { EmptyMessage } from '@web/shared/components/EmptyMessage';
import { FormAlert } from '@web/shared/components/FormAlert';
import { LoadingState } from '@web/shared/components/LoadingState';
import { QueryError } from '@web/shared/components/QueryError';
import { RouterAnchor } from '@web/shared/components/RouterAnchor';
import { getUserMessage, hasErrorCode } from '@web/shared/graphql/errors';
import { projectPath } from '@web/shared/routes';
import { formatDate, possessive } from '@web/shared/utils/format';
import { deleteTimeOffMutation } from '../graphql/deleteTimeOffMutation';
import { personTimeQuery } from '../graphql/personTimeQuery';
import { hasWork, isShortOfDevelopment } from '../utils/balanceView';
import {
  droughtText,
  formatRange,
  formatShare,
  timeOffCategoryLabels,
  workKindColors,
  workKindLabels,
} from '../utils/staffingLabels';
import { TimeOffForm } from './TimeOffForm';
import classes from './staffing.module.css';
import { WorkingTimeLine } from './WorkingTimeLine';

/** The plan shown: four weeks back, six months ahead. */
const WEEKS_BACK = 4;
const WEEKS_SHOWN = 30;

interface PersonTimePanelProps {
  personId: string;
  personName: string;
  /** The person's team: the quarter's balance is read for it. */
  teamId: string | null;
  isSelf: boolean;
  /** The person or their manager chain: time-off notes are theirs. */
  noteVisible: boolean;
  /** Whoever edits the person's profile chooses their holiday calendar. */
  canEditCalendar?: boolean;
}

/** A person's Time tab: their allocations, time off, and this quarter's balance. */
export function PersonTimePanel({
  personId,
  personName,
  teamId,
  isSelf,
  noteVisible,
  canEditCalendar = false,
}: PersonTimePanelProps) {
  const from = useMemo(() => addDays(mondayOf(todayIso()), -7 * WEEKS_BACK), []);
  const { data, error, refetch } = useQuery(personTimeQuery, {
    variables: { personId, from, weeks: WEEKS_SHOWN, teamId },
  });
  // The time-off dialog: closed (undefined), new (null) or one entry.
  const [editing, setEditing] = useState<TimeOffFieldsFragment | null | undefined>(undefined);
  const [deleting, setDeleting] = useState<TimeOffFieldsFragment | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [deleteTimeOff, deletion] = useMutation(deleteTimeOffMutation, { refetchQueries: ['PersonTime'] });

  if (!data && hasErrorCode(error, 'FORBIDDEN')) {
    return (
      <Alert color="gray" variant="light" title="Not yours to see">
        {`${personName}’s plan is seen by them, their manager chain and admins.`}
      </Alert>
    );
  }
  if (!data && error) {
    return (
      <QueryError
        title={`Could not load ${possessive(personName, isSelf)} time`}
        error={error}
        onRetry={() => refetch()}
      />
    );
  }
  if (!data) return <LoadingState label="Loading time" rows={6} />;

  const row = data.staffingTimeline.rows.find((item) => item.person.id === personId);
  const balance = data.staffingBalance.people.find((item) => item.person.id === personId) ?? null;
  const allocations = [...(row?.allocations ?? [])].sort((a, b) => a.startDate.localeCompare(b.startDate));
  const timeOff = [...(row?.timeOff ?? [])].sort((a, b) => a.startDate.localeCompare(b.startDate));
  const target = data.staffingBalance.developmentTarget;
  const quarterLabel = data.staffingBalance.quarter.label;
  const whose = possessive(personName, isSelf);
  const Whose = whose.charAt(0).toUpperCase() + whose.slice(1);

  const confirmDelete = async () => {
    if (!deleting) return;
    setDeleteError(null);
    try {
      await deleteTimeOff({ variables: { id: deleting.id, version: deleting.version } });
      notifications.show({
        color: 'teal',
        title: 'Time off removed',
        message: formatRange(deleting.startDate, deleting.endDate),
      });
      setDeleting(null);
    } catch (failure) {
      setDeleteError(getUserMessage(failure, 'The time off could not be removed. Please try again.'));
    }
  };

  return (
    <Stack gap="xl">
      {row ? (
        <WorkingTimeLine
          personId={personId}
          personName={personName}
          workingDays={row.person.workingDays}
          holidayCalendarId={row.person.holidayCalendarId ?? null}
          holidayCalendarName={row.person.holidayCalendarName ?? null}
          canEdit={canEditCalendar}
        />
      ) : null}
      <section aria-labelledby="time-quarter">
        <Title order={2} size="h4" id="time-quarter" mb="sm">
          {`${quarterLabel} so far and planned`}
        </Title>
        {!balance ? (
          <Text size="sm" c="dimmed">
            No balance for this quarter.
          </Text>
        ) : (
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 2, sm: 3, lg: balance.figures.growthAlignedShare === null ? 5 : 6 }} spacing="sm">
              <Figure label="Allocated" value={formatShare(balance.figures.allocatedShare)} hint="of working time" />
              <Figure
                label="Development"
                value={hasWork(balance.figures) ? formatShare(balance.figures.developmentShare) : '—'}
                hint={
                  hasWork(balance.figures) && isShortOfDevelopment(balance.figures)
                    ? `below the ${formatShare(target)} target`
                    : `of the work; target ${formatShare(target)}`
                }
                alert={hasWork(balance.figures) && isShortOfDevelopment(balance.figures)}
              />
              <Figure
                label="Delivery"
                value={hasWork(balance.figures) ? formatShare(balance.figures.deliveryShare) : '—'}
                hint="of the work"
              />
              <Figure
                label="Support"
                value={hasWork(balance.figures) ? formatShare(balance.figures.supportShare) : '—'}
                hint="of the work"
              />
              {balance.figures.growthAlignedShare !== null ? (
                <Figure
                  label="Growth-aligned"
                  value={formatShare(balance.figures.growthAlignedShare)}
                  hint="of delivery, toward a goal"
                />
              ) : null}
              <Figure
                label="Over-allocated"
                value={`${balance.figures.overAllocatedWeeks} ${balance.figures.overAllocatedWeeks === 1 ? 'week' : 'weeks'}`}
                alert={balance.figures.overAllocatedWeeks > 0}
              />
            </SimpleGrid>
            {balance.drought && hasWork(balance.figures) ? (
              <Alert
                color="orange"
                variant="light"
                icon={<IconAlertTriangle aria-hidden />}
                title={droughtText(balance.drought)}
              >
                {`A stretch of ${balance.drought.weeks} weeks in ${quarterLabel} with work but no development time.`}
              </Alert>
            ) : null}
          </Stack>
        )}
      </section>

      <section aria-labelledby="time-allocations">
        <Title order={2} size="h4" id="time-allocations" mb={4}>
          Allocations
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {`From ${formatDate(data.staffingTimeline.from)} to ${formatDate(data.staffingTimeline.to)}`}
        </Text>
        <Card p={allocations.length === 0 ? undefined : 0}>
          {allocations.length === 0 ? (
            <EmptyMessage
              title="Nothing planned"
              description={`No work is planned for ${isSelf ? 'you' : personName} in these weeks.`}
            />
          ) : (
            <Table.ScrollContainer minWidth={600}>
              <Table verticalSpacing="sm" aria-label={`${Whose} allocations`}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Project</Table.Th>
                    <Table.Th scope="col">Kind</Table.Th>
                    <Table.Th scope="col">Share</Table.Th>
                    <Table.Th scope="col">Dates</Table.Th>
                    <Table.Th scope="col">Status</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {allocations.map((allocation) => (
                    <Table.Tr key={allocation.id}>
                      <Table.Th scope="row" fw={500}>
                        {allocation.projectId ? (
                          <RouterAnchor to={projectPath(allocation.projectId)}>
                            {allocation.projectName ?? 'Project'}
                          </RouterAnchor>
                        ) : (
                          'Development time'
                        )}
                        {allocation.stretchGoals.map((goal) => (
                          <Text key={goal.id} size="xs" c="teal.9">
                            {`Stretch toward: ${goal.title}`}
                          </Text>
                        ))}
                      </Table.Th>
                      <Table.Td>
                        <Badge variant="dot" color={workKindColors[allocation.kind]}>
                          {workKindLabels[allocation.kind]}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{`${allocation.percent}%`}</Table.Td>
                      <Table.Td>{formatRange(allocation.startDate, allocation.endDate)}</Table.Td>
                      <Table.Td>
                        {allocation.status === 'TENTATIVE' ? (
                          <Badge size="sm" variant="outline" color="gray.8">
                            Tentative
                          </Badge>
                        ) : (
                          'Confirmed'
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Card>
      </section>

      <section aria-labelledby="time-off">
        <Group justify="space-between" align="flex-end" mb="sm">
          <Title order={2} size="h4" id="time-off">
            Time off
          </Title>
          <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing(null)}>
            Add time off
          </Button>
        </Group>
        <Card p={timeOff.length === 0 ? undefined : 0}>
          {timeOff.length === 0 ? (
            <EmptyMessage
              icon={<IconCalendarOff size={32} aria-hidden />}
              title="No time off in these weeks"
              description="Leave and other time away lower the capacity the plan counts on."
            />
          ) : (
            <Stack gap={0} component="ul" aria-label={`${Whose} time off`} className={classes.plainList}>
              {timeOff.map((entry) => (
                <Group
                  key={entry.id}
                  component="li"
                  justify="space-between"
                  align="flex-start"
                  wrap="wrap"
                  gap="sm"
                  p="md"
                  className={classes.listRow}
                >
                  <Stack gap={2}>
                    <Text fw={600} size="sm">
                      {formatRange(entry.startDate, entry.endDate)}
                    </Text>
                    <Text size="sm">
                      {`${timeOffCategoryLabels[entry.category]}${entry.percent < 100 ? ` · ${entry.percent}% of each day` : ''}`}
                    </Text>
                    {entry.note ? (
                      <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                        {entry.note}
                      </Text>
                    ) : null}
                  </Stack>
                  <Group gap="xs">
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      leftSection={<IconPencil size={14} aria-hidden />}
                      onClick={() => setEditing(entry)}
                      aria-label={`Edit time off ${formatRange(entry.startDate, entry.endDate)}`}
                    >
                      Edit
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="outline"
                      color="red.8"
                      leftSection={<IconTrash size={14} aria-hidden />}
                      onClick={() => {
                        setDeleteError(null);
                        setDeleting(entry);
                      }}
                      aria-label={`Remove time off ${formatRange(entry.startDate, entry.endDate)}`}
                    >
                      Remove
                    </Button>
                  </Group>
                </Group>
              ))}
            </Stack>
          )}
        </Card>
      </section>

      <Modal
        opened={editing !== undefined}
        onClose={() => setEditing(undefined)}
        title={editing ? 'Edit time off' : isSelf ? 'Add time off' : `Add time off for ${personName}`}
        size="lg"
        centered
      >
        <TimeOffForm
          key={editing ? `${editing.id}-${editing.version}` : 'new'}
          personId={personId}
          timeOff={editing ?? undefined}
          noteVisible={noteVisible}
          onCancel={() => setEditing(undefined)}
          onReload={() => refetch()}
          onSaved={(saved) => {
            notifications.show({
              color: 'teal',
              title: editing ? 'Time off saved' : 'Time off added',
              message: formatRange(saved.startDate, saved.endDate),
            });
            setEditing(undefined);
          }}
        />
      </Modal>
      <Modal opened={deleting !== null} onClose={() => setDeleting(null)} title="Remove this time off?" centered>
        <Stack gap="md">
          {deleteError ? (
            <FormAlert tone="error" title="Could not remove the time off">
              {deleteError}
            </FormAlert>
          ) : null}
          <Text size="sm">
            {deleting ? `${formatRange(deleting.startDate, deleting.endDate)} counts as working time again.` : null}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDeleting(null)} data-autofocus>
              Keep it
            </Button>
            <Button color="red.8" onClick={() => void confirmDelete()} loading={deletion.loading}>
              Remove time off
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function Figure({
  label,
  value,
  hint,
  alert = false,
}: {
  label: string;
  value: string;
  hint?: string;
  alert?: boolean;
}) {
  return (
    <Card padding="sm" withBorder>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text fz={24} fw={700} lh={1.2} c={alert ? 'red.9' : undefined}>
        {value}
      </Text>
      {hint ? (
        <Text size="xs" c={alert ? 'red.9' : 'dimmed'}>
          {hint}
        </Text>
      ) : null}
    </Card>
  );
}
