import { useApolloClient, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Group, List, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconChartBar, IconCircleCheck, IconDownload } from '@tabler/icons-react';
import { mondayOf } from '@trellis/domain';
import { useMemo, useState } from 'react';
import { useTeams } from '@web/modules/teams/hooks/useTeams';
import { EmptyMessage } from '@web/shared/components/EmptyMessage';
import { LoadingState } from '@web/shared/components/LoadingState';
import { PageHeader } from '@web/shared/components/PageHeader';
import { QueryError } from '@web/shared/components/QueryError';
import { getUserMessage } from '@web/shared/graphql/errors';
import { staffingBalanceQuery } from '../graphql/staffingBalanceQuery';
import { planExportQuery } from '../graphql/planExportQuery';
import { balanceBar, hasWork, isShortOfDevelopment, sortByDevelopmentNeed } from '../utils/balanceView';
import { downloadCsv } from '../utils/csv';
import { type PlanLine, planCsv } from '../utils/planCsv';
import { balanceQuarterOptions, weeksCovering } from '../utils/quarterOptions';
import { droughtText, formatShare, pluralize } from '../utils/staffingLabels';
import { BalanceChart } from './BalanceChart';
import { BalanceTable } from './BalanceTable';

const ALL_TEAMS = 'all';
const EXPORT_PAGE = 500;

interface BalanceViewProps {
  quarter: string | null;
  teamId: string | null;
  onFilterChange: (filters: { quarter: string | null; teamId: string | null }) => void;
}

export function BalanceView({ quarter, teamId, onFilterChange }: BalanceViewProps) {
  const { data, error, refetch } = useQuery(staffingBalanceQuery, { variables: { quarter, teamId } });
  const { teams, error: teamsError } = useTeams();
  const client = useApolloClient();
  const [exporting, setExporting] = useState(false);
  const balance = data?.staffingBalance;

  const teamOptions = useMemo(
    () => [
      { value: ALL_TEAMS, label: 'All teams' },
      ...[...(teams ?? [])]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((team) => ({ value: team.id, label: team.name })),
    ],
    [teams],
  );
  const quarterOptions = useMemo(() => {
    if (!data) return [];
    const options = balanceQuarterOptions(data.organization.currentQuarter);
    if (!options.some((option) => option.value === data.staffingBalance.quarter.key)) {
      options.push({ value: data.staffingBalance.quarter.key, label: data.staffingBalance.quarter.label });
    }
    return options;
  }, [data]);

  const people = useMemo(() => (balance ? sortByDevelopmentNeed(balance.people) : []), [balance]);
  const short = useMemo(
    () => people.filter((row) => hasWork(row.figures) && (isShortOfDevelopment(row.figures) || row.drought)),
    [people],
  );
  const working = people.filter((row) => hasWork(row.figures));

  const exportPlan = async () => {
    if (!balance) return;
    setExporting(true);
    try {
      const from = mondayOf(balance.quarter.start);
      const weeks = weeksCovering(from, balance.quarter.end);
      const lines: PlanLine[] = [];
      for (let offset = 0; ; offset += EXPORT_PAGE) {
        const { data: page } = await client.query({
          query: planExportQuery,
          variables: { from, weeks, teamId, offset, limit: EXPORT_PAGE },
          fetchPolicy: 'network-only',
        });
        if (!page) break;
        for (const row of page.staffingTimeline.rows) {
          for (const allocation of row.allocations) {
            // The timeline covers whole weeks; the file keeps to the quarter.
            if (allocation.endDate < balance.quarter.start || allocation.startDate > balance.quarter.end) continue;
            lines.push({ personName: row.person.name, ...allocation });
          }
        }
        if (offset + EXPORT_PAGE >= page.staffingTimeline.totalCount) break;
      }
      downloadCsv(`trellis-plan-${balance.quarter.key}.csv`, planCsv(lines));
    } catch (exportError) {
      notifications.show({
        color: 'red',
        title: 'Could not export the plan',
        message: getUserMessage(exportError, 'The plan could not be loaded. Please try again.'),
      });
    } finally {
      setExporting(false);
    }
  };

  const target = balance?.developmentTarget ?? 0;

  return (
    <>
      <PageHeader
        title="Balance"
        description="How confirmed work splits into delivery, development and support, against the development target."
        actions={
          <Button
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
            onClick={() => void exportPlan()}
            loading={exporting}
            disabled={!balance || balance.people.length === 0}
          >
            Export plan (CSV)
          </Button>
        }
      />
      <Stack gap="lg">
        <Group gap="md" align="flex-end" wrap="wrap">
          <Select
            label="Quarter"
            data={quarterOptions}
            value={quarter ?? balance?.quarter.key ?? null}
            onChange={(value) => value && onFilterChange({ quarter: value, teamId })}
            allowDeselect={false}
            disabled={quarterOptions.length === 0}
            w={{ base: '100%', xs: 220 }}
          />
          <Select
            label="Team"
            data={teamOptions}
            value={teamId ?? ALL_TEAMS}
            onChange={(value) => onFilterChange({ quarter, teamId: !value || value === ALL_TEAMS ? null : value })}
            allowDeselect={false}
            searchable={teamOptions.length > 8}
            nothingFoundMessage="No team by that name"
            error={teamsError ? 'The teams could not be loaded' : undefined}
            w={{ base: '100%', xs: 240 }}
          />
        </Group>

        {!balance && error ? (
          <QueryError title="Could not load the balance" error={error} onRetry={() => refetch()} />
        ) : !balance ? (
          <LoadingState label="Loading the balance" rows={8} />
        ) : balance.people.length === 0 ? (
          <EmptyMessage
            icon={<IconChartBar size={32} aria-hidden />}
            title="Nobody to show"
            description={
              teamId ? 'Nobody whose time you see is in this team.' : 'The people whose time you see will show here.'
            }
          />
        ) : (
          <>
            {short.length > 0 ? (
              <Alert
                color="red"
                variant="light"
                icon={<IconAlertTriangle aria-hidden />}
                title={`${pluralize(short.length, 'person', 'people')} short of development time in ${balance.quarter.label}`}
              >
                <List size="sm" spacing={2}>
                  {short.map((row) => (
                    <List.Item key={row.person.id}>
                      <Text span size="sm" fw={600}>
                        {row.person.name}
                      </Text>
                      {`: ${formatShare(row.figures.developmentShare)} development against ${formatShare(target)}`}
                      {row.drought ? ` · ${droughtText(row.drought).replace(/^No/, 'no')}` : ''}
                    </List.Item>
                  ))}
                </List>
              </Alert>
            ) : working.length > 0 ? (
              <Alert
                color="green"
                variant="light"
                icon={<IconCircleCheck aria-hidden />}
                title="Development time is on target"
              >
                {`Everyone with confirmed work in ${balance.quarter.label} has at least ${formatShare(target)} development time.`}
              </Alert>
            ) : null}

            <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
              <Card component="section" aria-labelledby="balance-teams">
                <Title order={2} size="h4" id="balance-teams" mb={4}>
                  By team
                </Title>
                <Text size="sm" c="dimmed" mb="sm">
                  Shares of confirmed work
                </Text>
                <BalanceChart
                  layout="columns"
                  target={target}
                  bars={balance.teams.map((team) => balanceBar(team.teamName, team.figures))}
                  summary={`Stacked bars of delivery, development and support by team for ${balance.quarter.label}, against a development target of ${formatShare(target)}. ${balance.teams
                    .map((team) => `${team.teamName}: ${formatShare(team.figures.developmentShare)} development`)
                    .join('; ')}.`}
                />
              </Card>
              <Card component="section" aria-labelledby="balance-people">
                <Title order={2} size="h4" id="balance-people" mb={4}>
                  By person
                </Title>
                <Text size="sm" c="dimmed" mb="sm">
                  {working.length === people.length
                    ? 'Shares of confirmed work, those short of development first'
                    : `Shares of confirmed work; ${pluralize(people.length - working.length, 'person', 'people')} with none left out`}
                </Text>
                {working.length === 0 ? (
                  <EmptyMessage title="No confirmed work this quarter" />
                ) : (
                  <BalanceChart
                    layout="rows"
                    target={target}
                    bars={working.map((row) => balanceBar(row.person.name, row.figures))}
                    summary={`Stacked bars of delivery, development and support per person for ${balance.quarter.label}. The table below lists every value.`}
                  />
                )}
              </Card>
            </SimpleGrid>

            <section aria-labelledby="balance-table">
              <Title order={2} size="h4" id="balance-table" mb="sm">
                {`People, ${balance.quarter.label}`}
              </Title>
              <Card p={0}>
                <BalanceTable people={people} target={target} quarterLabel={balance.quarter.label} />
              </Card>
            </section>
          </>
        )}
      </Stack>
    </>
  );
}
