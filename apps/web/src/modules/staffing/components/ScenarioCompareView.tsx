import type { ApolloCache } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  Modal,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconPencil, IconTrash } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { PlanFiguresFieldsFragment, ScenarioComparisonQuery } from '@web/generated/graphql';
import { ConflictAlert } from '@web/shared/components/ConflictAlert';
import { EmptyMessage } from '@web/shared/components/EmptyMessage';
import { FormAlert } from '@web/shared/components/FormAlert';
import { LoadingState } from '@web/shared/components/LoadingState';
import { PageHeader } from '@web/shared/components/PageHeader';
import { RenameScenarioDialog } from './RenameScenarioDialog';
import { QueryError } from '@web/shared/components/QueryError';
import { AccessDeniedContent, NotFoundContent } from '@web/shared/components/StatusContent';
import { getUserMessage, hasErrorCode } from '@web/shared/graphql/errors';
import { projectPath, staffingPath } from '@web/shared/routes';
import { scenarioComparisonQuery } from '../graphql/scenarioComparisonQuery';
import {
  applyScenarioMutation,
  discardScenarioMutation,
  restoreScenarioAllocationMutation,
} from '../graphql/scenarioMutations';
import { changeCounts, count, type Direction, directionOf, pct, points } from '../utils/scenarioView';
import { shortDate } from '../utils/timelineLayout';

type Comparison = ScenarioComparisonQuery['scenarioComparison'];

const TONE: Record<Direction, { color: string; word: string }> = {
  better: { color: 'teal.9', word: 'better' },
  worse: { color: 'red.9', word: 'worse' },
  same: { color: 'gray.7', word: '' },
};

function Delta({ text, direction }: { text: string; direction: Direction }) {
  const tone = TONE[direction];
  return (
    <Text size="sm" fw={direction === 'same' ? 400 : 600} c={tone.color}>
      {text}
      {tone.word ? ` (${tone.word})` : ''}
    </Text>
  );
}

/** The figures side by side: today's plan, the plan with the scenario, and the change. */
function FiguresTable({ c }: { c: Comparison }) {
  const target = pct(c.developmentTarget);
  const belowTarget = c.plan.developmentShare < c.developmentTarget;
  const rows: { label: string; plan: string; scenario: string; delta: string; direction: Direction }[] = [
    {
      label: 'Person-weeks over 100%',
      plan: String(c.plan.overAllocatedPersonWeeks),
      scenario: String(c.withScenario.overAllocatedPersonWeeks),
      delta: count(c.deltas.overAllocatedPersonWeeks),
      direction: directionOf(c.deltas.overAllocatedPersonWeeks, true),
    },
    {
      label: `Development share (target ${target})`,
      plan: pct(c.plan.developmentShare),
      scenario: pct(c.withScenario.developmentShare),
      delta: points(c.deltas.developmentShare),
      // Toward the target is better; past it, more development is neither.
      direction: belowTarget ? directionOf(c.deltas.developmentShare, false) : 'same',
    },
    {
      label: 'Unfilled demand (needs’ share nobody covers)',
      plan: `${pct(c.plan.unfilledShare)} (${c.plan.openPercent}% of ${c.plan.demandPercent}%)`,
      scenario: `${pct(c.withScenario.unfilledShare)} (${c.withScenario.openPercent}% of ${c.withScenario.demandPercent}%)`,
      delta: points(c.deltas.unfilledShare),
      direction: directionOf(c.deltas.unfilledShare, true),
    },
    {
      label: 'Growth-aligned share of delivery',
      plan: pct(c.plan.growthAlignedShare),
      scenario: pct(c.withScenario.growthAlignedShare),
      delta: points(c.deltas.growthAlignedShare),
      direction: directionOf(c.deltas.growthAlignedShare, false),
    },
  ];
  return (
    <ScrollRegion label="Figures, scrolls sideways" minWidth={340}>
      <Table
        verticalSpacing="sm"
        fz={{ base: 'xs', sm: 'sm' }}
        striped
        aria-label="Figures: today’s plan and with the scenario"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Figure</Table.Th>
            <Table.Th scope="col">Today’s plan</Table.Th>
            <Table.Th scope="col">With the scenario</Table.Th>
            <Table.Th scope="col">Change</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.label}>
              <Table.Th scope="row" fw={500}>
                {row.label}
              </Table.Th>
              <Table.Td>{row.plan}</Table.Td>
              <Table.Td fw={600}>{row.scenario}</Table.Td>
              <Table.Td>
                <Delta text={row.delta} direction={row.direction} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}

/** A table wider than a phone scrolls sideways in a region the keyboard can reach. */
function ScrollRegion({ label, minWidth, children }: { label: string; minWidth: number; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} style={{ overflowX: 'auto' }}>
      <div style={{ minWidth }}>{children}</div>
    </div>
  );
}

function SideBySide({ title, plan, scenario }: { title: string; plan: ReactNode; scenario: ReactNode }) {
  return (
    <Card withBorder padding="md">
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Stack gap={4}>
          <Text size="xs" fw={700} c="dimmed" tt="uppercase">
            Today’s plan
          </Text>
          {plan}
        </Stack>
        <Stack gap={4}>
          <Text size="xs" fw={700} c="dimmed" tt="uppercase">
            With the scenario
          </Text>
          {scenario}
        </Stack>
      </SimpleGrid>
    </Card>
  );
}

function OverList({ figures }: { figures: PlanFiguresFieldsFragment }) {
  if (figures.overAllocated.length === 0) return <Text size="sm">Nobody</Text>;
  return (
    <List size="sm" spacing={2}>
      {figures.overAllocated.map((o) => (
        <List.Item key={o.person.id}>
          {o.person.name}: {o.weeks} {o.weeks === 1 ? 'week' : 'weeks'}, up to {o.peakPercent}%
        </List.Item>
      ))}
    </List>
  );
}

function NeedList({ figures }: { figures: PlanFiguresFieldsFragment }) {
  if (figures.unfilledNeeds.length === 0) return <Text size="sm">Every need is covered</Text>;
  return (
    <List size="sm" spacing={2}>
      {figures.unfilledNeeds.map((n) => (
        <List.Item key={n.needId}>
          <Anchor component={Link} to={projectPath(n.projectId, n.needId)} size="sm">
            {n.projectName} · {n.role}
          </Anchor>
          : {n.openPercent}% of {n.percent}% open
        </List.Item>
      ))}
    </List>
  );
}

const KIND_BADGE = {
  ADDED: { color: 'teal.9', label: 'Added' },
  CHANGED: { color: 'yellow.4', label: 'Changed' },
  REMOVED: { color: 'gray.8', label: 'Removed' },
} as const;

function ChangesTable({
  c,
  onDrop,
  dropping,
}: {
  c: Comparison;
  onDrop: (allocationId: string) => void;
  dropping: boolean;
}) {
  const editable = c.scenario.status === 'DRAFT';
  if (c.changes.length === 0) {
    return (
      <EmptyMessage
        title="No changes yet"
        description="Open the scenario on the timeline and move, add or remove planned time: the plan stays as it is."
      />
    );
  }
  const range = (a: { startDate: string; endDate: string }) =>
    `${shortDate(a.startDate)} to ${shortDate(a.endDate, true)}`;
  return (
    <ScrollRegion label="Changes, scrolls sideways" minWidth={640}>
      <Table verticalSpacing="xs" aria-label="What the scenario changes">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Change</Table.Th>
            <Table.Th scope="col">Person</Table.Th>
            <Table.Th scope="col">Planned time</Table.Th>
            <Table.Th scope="col">Was</Table.Th>
            {editable ? <Table.Th scope="col">Action</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {c.changes.map((change) => (
            <Table.Tr key={change.allocation.id}>
              <Table.Td>
                <Badge color={KIND_BADGE[change.kind].color} variant="filled" autoContrast>
                  {KIND_BADGE[change.kind].label}
                </Badge>
              </Table.Td>
              <Table.Td>{change.personName}</Table.Td>
              <Table.Td>
                <Text size="sm" td={change.kind === 'REMOVED' ? 'line-through' : undefined}>
                  {change.allocation.projectName ?? 'Development time'}, {change.allocation.percent}%,{' '}
                  {range(change.allocation)}
                </Text>
                {change.conflict ? (
                  <Text size="sm" c="red.9" fw={600}>
                    {change.conflict}.
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                {change.was && change.kind === 'CHANGED'
                  ? `${change.was.percent}%, ${range(change.was)}`
                  : change.kind === 'ADDED'
                    ? 'Not in the plan'
                    : 'In the plan'}
              </Table.Td>
              {editable ? (
                <Table.Td>
                  <Button
                    size="compact-xs"
                    variant="default"
                    loading={dropping}
                    onClick={() => onDrop(change.allocation.id)}
                  >
                    Drop change
                  </Button>
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}

/** /staffing/scenarios/:id: today's figures and the scenario's side by side; apply or discard it here. */
export function ScenarioCompareView({ scenarioId }: { scenarioId: string }) {
  const navigate = useNavigate();
  const query = useQuery(scenarioComparisonQuery, {
    variables: { id: scenarioId },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  // The plan changed: every cached timeline and balance is stale, whatever its filters.
  const refetchAll = {
    refetchQueries: ['StaffingScenarios'],
    update: (cache: ApolloCache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'staffingTimeline' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'staffingBalance' });
      cache.gc();
    },
  };
  const [apply, applying] = useMutation(applyScenarioMutation, refetchAll);
  const [discard, discarding] = useMutation(discardScenarioMutation, refetchAll);
  const [drop, dropping] = useMutation(restoreScenarioAllocationMutation);
  const [confirm, setConfirm] = useState<'apply' | 'discard' | null>(null);
  const [problem, setProblem] = useState<{ conflict: boolean; message: string } | null>(null);
  const [renaming, setRenaming] = useState(false);

  const c = query.data?.scenarioComparison;
  if (!c && query.error) {
    if (hasErrorCode(query.error, 'NOT_FOUND')) return <NotFoundContent message="There is no such scenario." />;
    if (hasErrorCode(query.error, 'FORBIDDEN')) {
      return <AccessDeniedContent message="A scenario is seen by the manager who drafted it, and by admins." />;
    }
    return <QueryError title="Could not compare the scenario" error={query.error} onRetry={() => query.refetch()} />;
  }
  if (!c) return <LoadingState label="Comparing the scenario with today’s plan" rows={8} />;

  const open = c.scenario.status === 'DRAFT';
  const act = async (what: 'apply' | 'discard') => {
    setProblem(null);
    try {
      const variables = { id: c.scenario.id, version: c.scenario.version };
      if (what === 'apply') await apply({ variables });
      else await discard({ variables });
      setConfirm(null);
      notifications.show({
        color: 'teal',
        title: what === 'apply' ? `“${c.scenario.name}” applied` : `“${c.scenario.name}” discarded`,
        message:
          what === 'apply' ? 'The plan now holds its changes.' : 'Its changes are gone; the plan stays as it was.',
      });
      void navigate(staffingPath());
    } catch (error) {
      setConfirm(null);
      setProblem({
        conflict: hasErrorCode(error, 'CONFLICT'),
        message: getUserMessage(error, 'The scenario could not be saved. Please try again.'),
      });
    }
  };

  return (
    <Stack gap="lg">
      <PageHeader
        title={`Scenario: ${c.scenario.name}`}
        documentTitle={c.scenario.name}
        description={`Today’s plan and the plan with this scenario, ${shortDate(c.from)} to ${shortDate(c.to, true)} (${c.weeks} weeks), over the ${c.people} people whose plan you see. ${changeCounts(c.scenario)}.`}
        actions={
          open ? (
            <>
              <Button variant="default" onClick={() => setRenaming(true)}>
                Rename
              </Button>
              <Button
                component={Link}
                to={staffingPath({ scenarioId: c.scenario.id, from: c.from })}
                variant="default"
                leftSection={<IconPencil size={16} aria-hidden />}
              >
                Edit on the timeline
              </Button>
              <Button
                variant="default"
                color="red"
                leftSection={<IconTrash size={16} aria-hidden />}
                onClick={() => setConfirm('discard')}
              >
                Discard
              </Button>
              <Button leftSection={<IconCheck size={16} aria-hidden />} onClick={() => setConfirm('apply')}>
                Apply to the plan
              </Button>
            </>
          ) : null
        }
      />
      {open ? (
        <RenameScenarioDialog
          key={c.scenario.version}
          scenario={c.scenario}
          opened={renaming}
          onClose={() => setRenaming(false)}
          onReload={() => query.refetch()}
        />
      ) : null}
      {!open ? (
        <Alert color="gray" variant="light" title={`This scenario was ${c.scenario.status.toLowerCase()}`}>
          It takes no more changes. Start a new one from the timeline.
        </Alert>
      ) : null}
      {problem?.conflict ? (
        <ConflictAlert
          title="The plan changed since this scenario did"
          reloadLabel="Refresh the comparison"
          onReload={async () => {
            await query.refetch();
            setProblem(null);
          }}
        >
          {problem.message}
        </ConflictAlert>
      ) : problem ? (
        <FormAlert tone="error" title="Could not apply the scenario">
          {problem.message}
        </FormAlert>
      ) : null}
      <Card withBorder padding="md">
        <FiguresTable c={c} />
      </Card>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <SideBySide
          title="Over 100%"
          plan={<OverList figures={c.plan} />}
          scenario={<OverList figures={c.withScenario} />}
        />
        <SideBySide
          title="Unfilled needs"
          plan={<NeedList figures={c.plan} />}
          scenario={<NeedList figures={c.withScenario} />}
        />
      </SimpleGrid>
      <Stack gap="sm">
        <Title order={2} size="h4">
          What the scenario changes
        </Title>
        <ChangesTable
          c={c}
          dropping={dropping.loading}
          onDrop={(id) => {
            void (async () => {
              try {
                await drop({ variables: { scenarioId: c.scenario.id, id } });
                setProblem(null);
              } catch (error) {
                setProblem({ conflict: false, message: getUserMessage(error, 'The change could not be dropped.') });
              }
              await query.refetch();
            })();
          }}
        />
      </Stack>
      <Modal
        opened={confirm !== null}
        onClose={() => setConfirm(null)}
        title={confirm === 'apply' ? `Apply “${c.scenario.name}”?` : `Discard “${c.scenario.name}”?`}
        centered
      >
        <Stack gap="md">
          <Text size="sm">
            {confirm === 'apply'
              ? `Its changes (${changeCounts(c.scenario).toLowerCase()}) become the plan everyone sees, in one step. If the plan changed since an allocation it changes, nothing is applied and you are told which.`
              : 'Its changes are dropped. The plan stays as it is.'}
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirm(null)}>
              Cancel
            </Button>
            <Button
              color={confirm === 'discard' ? 'red.8' : undefined}
              loading={applying.loading || discarding.loading}
              onClick={() => confirm && void act(confirm)}
            >
              {confirm === 'apply' ? 'Apply' : 'Discard'}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
