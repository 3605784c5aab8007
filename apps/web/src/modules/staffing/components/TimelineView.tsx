import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Pagination, Stack, Text } from '@mantine/core';
import { useElementSize, useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconCalendarPlus, IconInfoCircle } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { AllocationFieldsFragment, WorkKind } from '@web/generated/graphql';
import { useCurrentUser } from '@web/modules/auth/hooks/useCurrentUser';
import { EmptyMessage } from '@web/shared/components/EmptyMessage';
import { LoadingState } from '@web/shared/components/LoadingState';
import { QueryError } from '@web/shared/components/QueryError';
import { getUserMessage } from '@web/shared/graphql/errors';
import { changeScenarioAllocationMutation, restoreScenarioAllocationMutation } from '../graphql/scenarioMutations';
import { staffingTimelineQuery } from '../graphql/staffingTimelineQuery';
import { updateAllocationMutation } from '../graphql/updateAllocationMutation';
import type { AllocationFormValues } from '../utils/allocationForm';
import { moveByWeeks, resizeByWeeks, shortDate } from '../utils/timelineLayout';
import { AllocationDetails } from './AllocationDetails';
import { AllocationFormDialog } from './AllocationFormDialog';
import { TimelineGrid } from './TimelineGrid';
import { TimelineLegend } from './TimelineLegend';
import { TimelineSummary } from './TimelineSummary';

export const PAGE_SIZE = 100;

export interface TimelineFilters {
  from: string;
  weeks: number;
  teamId: string | null;
  projectId: string | null;
  kind: WorkKind | null;
  page: number;
}

interface TimelineViewProps {
  filters: TimelineFilters;
  today: string;
  onPageChange: (page: number) => void;
  /** Read and edit the plan as this scenario leaves it; the plan of record when null. */
  scenario?: { id: string; name: string } | null;
}

/** The staffing timeline with its dialogs: drag bars to move them, drag across weeks to plan. */
export function TimelineView({ filters, today, onPageChange, scenario = null }: TimelineViewProps) {
  const { user } = useCurrentUser();
  const query = useQuery(staffingTimelineQuery, {
    variables: {
      from: filters.from,
      weeks: filters.weeks,
      teamId: filters.teamId,
      projectId: filters.projectId,
      kind: filters.kind,
      offset: (filters.page - 1) * PAGE_SIZE,
      limit: PAGE_SIZE,
      scenarioId: scenario?.id ?? null,
    },
    // Keep the last timeline on screen while the next range loads.
    notifyOnNetworkStatusChange: true,
  });
  const timeline = query.data?.staffingTimeline ?? query.previousData?.staffingTimeline;
  const [updateAllocation] = useMutation(updateAllocationMutation);
  const [changeDraft] = useMutation(changeScenarioAllocationMutation, { refetchQueries: ['StaffingScenarios'] });
  const [restoreDraft, restoring] = useMutation(restoreScenarioAllocationMutation, {
    refetchQueries: ['StaffingScenarios'],
  });
  const [removed, setRemoved] = useState<AllocationFieldsFragment | null>(null);
  const restore = async () => {
    if (!removed || !scenario) return;
    try {
      await restoreDraft({ variables: { scenarioId: scenario.id, id: removed.id } });
      notifications.show({ color: 'teal', title: 'Restored in the scenario', message: 'It counts again.' });
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Could not restore it',
        message: getUserMessage(error, 'The scenario could not be saved. Please try again.'),
      });
    }
    setRemoved(null);
    await query.refetch();
  };
  const [details, setDetails] = useState<AllocationFieldsFragment | null>(null);
  const [dialog, setDialog] = useState<{
    existing: AllocationFieldsFragment | null;
    preset?: Partial<AllocationFormValues>;
  } | null>(null);

  const phone = useMediaQuery('(max-width: 48em)') ?? false;
  const { ref, width } = useElementSize();
  const personWidth = phone ? 132 : 220;
  const weekWidth = useMemo(() => {
    const columns = filters.weeks;
    const fit = width > 0 ? Math.floor((width - personWidth) / columns) : 64;
    return Math.max(filters.weeks > 20 ? 30 : 48, Math.min(fit, 120));
  }, [width, personWidth, filters.weeks]);
  const scrolls = width > 0 && personWidth + filters.weeks * weekWidth > width;

  const plannable = useMemo(
    () => (timeline?.rows ?? []).filter((r) => r.canAllocate).map((r) => ({ id: r.person.id, name: r.person.name })),
    [timeline],
  );
  const canLinkGoals = user?.role === 'MANAGER';

  const shift = async (allocation: AllocationFieldsFragment, mode: 'move' | 'resize', weeks: number) => {
    const range = mode === 'move' ? moveByWeeks(allocation, weeks) : resizeByWeeks(allocation, weeks);
    const name = allocation.projectName ?? 'Development time';
    try {
      const input = { version: allocation.version, ...range };
      const warning = scenario
        ? (await changeDraft({ variables: { scenarioId: scenario.id, id: allocation.id, input } })).data
            ?.changeScenarioAllocation.warning
        : (await updateAllocation({ variables: { id: allocation.id, input } })).data?.updateAllocation.warning;
      notifications.show({
        color: warning ? 'yellow' : 'teal',
        title: `${warning ? 'Moved, and over 100%' : mode === 'move' ? 'Moved' : 'Resized'}${scenario ? ' in the scenario' : ''}`,
        message: warning ?? `${name} now runs ${shortDate(range.startDate)} to ${shortDate(range.endDate, true)}.`,
        autoClose: warning ? 10_000 : 4_000,
      });
    } catch (error) {
      notifications.show({
        color: 'red',
        title: `Could not change ${name}`,
        message: getUserMessage(error, 'The plan could not be saved. Please try again.'),
        autoClose: 10_000,
      });
    }
    await query.refetch();
  };

  if (!timeline && query.error) {
    return <QueryError title="Could not load the timeline" error={query.error} onRetry={() => query.refetch()} />;
  }
  if (!timeline) return <LoadingState label="Loading the timeline" rows={8} />;

  const pages = Math.ceil(timeline.totalCount / PAGE_SIZE);
  return (
    <Stack gap="md" ref={ref}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <TimelineSummary timeline={timeline} today={today} />
        {plannable.length ? (
          <Button
            leftSection={<IconCalendarPlus size={16} aria-hidden />}
            onClick={() => setDialog({ existing: null })}
          >
            Plan time
          </Button>
        ) : null}
      </Group>
      <TimelineLegend />
      {plannable.length ? (
        <Text size="xs" c="dimmed">
          Drag across empty weeks in a row to plan time there; drag a bar to move it, or its right edge to change its
          end. With the keyboard: focus a bar, Enter opens it, Space picks it up and the arrow keys move it by weeks.
          {scenario ? ' Every change goes to the scenario; the plan of record stays as it is until you apply it.' : ''}
        </Text>
      ) : null}
      {query.error ? (
        <Alert color="red" variant="light" icon={<IconInfoCircle aria-hidden />} role="alert">
          {getUserMessage(query.error, 'The latest figures could not be loaded; this is the last timeline that did.')}
        </Alert>
      ) : null}
      {timeline.rows.length === 0 ? (
        <EmptyMessage
          title="Nobody to show"
          description={
            filters.projectId || filters.kind || filters.teamId
              ? 'Nobody you can see has time planned that matches these filters in these weeks.'
              : 'There is nobody whose plan you can see.'
          }
        />
      ) : (
        <div aria-busy={query.loading || undefined}>
          <TimelineGrid
            timeline={timeline}
            today={today}
            weekWidth={weekWidth}
            personWidth={personWidth}
            scrolls={scrolls}
            onOpen={(allocation) =>
              !plannable.some((p) => p.id === allocation.personId)
                ? setDetails(allocation)
                : allocation.scenarioChange === 'REMOVED'
                  ? setRemoved(allocation)
                  : setDialog({ existing: allocation })
            }
            onPlan={(preset) => setDialog({ existing: null, preset })}
            onShift={(allocation, mode, weeks) => void shift(allocation, mode, weeks)}
          />
        </div>
      )}
      {pages > 1 ? (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {timeline.totalCount.toLocaleString('en-GB')} people, {PAGE_SIZE} a page
          </Text>
          <Pagination
            total={pages}
            value={filters.page}
            onChange={onPageChange}
            getControlProps={(control) => ({ 'aria-label': `${control} page` })}
          />
        </Group>
      ) : null}
      <AllocationFormDialog
        opened={dialog !== null}
        people={plannable}
        existing={dialog?.existing ?? null}
        preset={dialog?.preset}
        canLinkGoals={canLinkGoals}
        onClose={() => setDialog(null)}
        onReload={() => query.refetch()}
        onSaved={() => query.refetch()}
        scenario={scenario}
      />
      <Modal
        opened={removed !== null}
        onClose={() => setRemoved(null)}
        title={`Removed in “${scenario?.name ?? ''}”`}
        centered
      >
        <Stack gap="md">
          <Text size="sm">
            {removed?.projectName ?? 'Development time'} at {removed?.percent}% stays in the plan of record; this
            scenario takes it out. Restore it to keep it in the scenario too.
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setRemoved(null)}>
              Cancel
            </Button>
            <Button loading={restoring.loading} onClick={() => void restore()}>
              Restore
            </Button>
          </Group>
        </Stack>
      </Modal>
      <AllocationDetails
        allocation={details}
        personName={timeline.rows.find((r) => r.person.id === details?.personId)?.person.name ?? ''}
        onClose={() => setDetails(null)}
      />
    </Stack>
  );
}
