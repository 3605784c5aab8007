import { Badge, Button, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBriefcase, IconDownload, IconPlus } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import type { ProjectStatus } from '@web/generated/graphql';
import { useTeams } from '@web/modules/teams/hooks/useTeams';
import { EmptyMessage } from '@web/shared/components/EmptyMessage';
import { LoadingState } from '@web/shared/components/LoadingState';
import { PageHeader } from '@web/shared/components/PageHeader';
import { QueryError } from '@web/shared/components/QueryError';
import { projectPath } from '@web/shared/routes';
import { useProjects } from '../hooks/useProjects';
import { downloadCsv } from '../utils/csv';
import { planCsv } from '../utils/planCsv';
import { groupByStatus, openNeeds, sortProjects } from '../utils/projectView';
import { PROJECT_STATUSES, projectStatusLabels, ATTENTION_COLOR } from '../utils/staffingLabels';
import { ProjectCard } from './ProjectCard';
import { ProjectFormDialog } from './ProjectFormDialog';

/** The status filter: what is running or coming (the default), one status, or everything. */
export type StatusFilter = 'open' | 'all' | ProjectStatus;

const statusFilterOptions = [
  { value: 'open', label: 'Active and proposed' },
  ...PROJECT_STATUSES.map((status) => ({ value: status, label: projectStatusLabels[status] })),
  { value: 'all', label: 'All statuses' },
];

export function parseStatusFilter(value: string | null): StatusFilter {
  return (statusFilterOptions.find((option) => option.value === value)?.value as StatusFilter | undefined) ?? 'open';
}

function statusesOf(filter: StatusFilter): ProjectStatus[] | null {
  if (filter === 'all') return null;
  if (filter === 'open') return ['ACTIVE', 'PROPOSED'];
  return [filter];
}

const ALL_TEAMS = 'all';

interface ProjectsViewProps {
  status: StatusFilter;
  teamId: string | null;
  /** Managers and admins shape projects; the API refuses everyone else. */
  canCreate: boolean;
  onFilterChange: (filters: { status: StatusFilter; teamId: string | null }) => void;
}

export function ProjectsView({ status, teamId, canCreate, onFilterChange }: ProjectsViewProps) {
  const filter = useMemo(() => ({ statuses: statusesOf(status), teamId }), [status, teamId]);
  const { projects, error, refetch } = useProjects(filter);
  const { teams, error: teamsError } = useTeams();
  const [creating, { open, close }] = useDisclosure(false);
  const navigate = useNavigate();

  const teamOptions = useMemo(
    () => [
      { value: ALL_TEAMS, label: 'All teams' },
      ...[...(teams ?? [])]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((team) => ({ value: team.id, label: team.name })),
    ],
    [teams],
  );
  const groups = useMemo(() => (projects ? groupByStatus(sortProjects(projects)) : []), [projects]);
  const openCount = useMemo(
    () => (projects ?? []).reduce((sum, project) => sum + openNeeds(project.needs).length, 0),
    [projects],
  );

  const exportPlan = () => {
    if (!projects) return;
    const lines = projects.flatMap((project) =>
      project.roster.map((entry) => ({
        personName: entry.personName,
        projectName: project.name,
        kind: entry.kind,
        percent: entry.percent,
        startDate: entry.startDate,
        endDate: entry.endDate,
        status: entry.status,
      })),
    );
    downloadCsv('trellis-project-plan.csv', planCsv(lines));
  };

  return (
    <>
      <PageHeader
        title="Projects"
        description="The work that needs people: who is on it, and which needs are still open. Everyone in the organization sees them."
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconDownload size={16} aria-hidden />}
              onClick={exportPlan}
              disabled={!projects || projects.every((project) => project.roster.length === 0)}
            >
              Export plan (CSV)
            </Button>
            {canCreate ? (
              <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={open}>
                New project
              </Button>
            ) : null}
          </>
        }
      />
      <Stack gap="lg">
        <Group gap="md" align="flex-end" wrap="wrap">
          <Select
            label="Status"
            data={statusFilterOptions}
            value={status}
            onChange={(value) => onFilterChange({ status: parseStatusFilter(value), teamId })}
            allowDeselect={false}
            w={{ base: '100%', xs: 220 }}
          />
          <Select
            label="Team"
            data={teamOptions}
            value={teamId ?? ALL_TEAMS}
            onChange={(value) => onFilterChange({ status, teamId: !value || value === ALL_TEAMS ? null : value })}
            allowDeselect={false}
            searchable={teamOptions.length > 8}
            nothingFoundMessage="No team by that name"
            error={teamsError ? 'The teams could not be loaded' : undefined}
            w={{ base: '100%', xs: 220 }}
          />
          {projects && openCount > 0 ? (
            <Badge variant="outline" color={ATTENTION_COLOR} size="lg" mb={4}>
              {`${openCount} open ${openCount === 1 ? 'need' : 'needs'} in view`}
            </Badge>
          ) : null}
        </Group>

        {!projects && error ? (
          <QueryError title="Could not load the projects" error={error} onRetry={() => refetch()} />
        ) : !projects ? (
          <LoadingState label="Loading projects" rows={6} />
        ) : groups.length === 0 ? (
          <EmptyMessage
            icon={<IconBriefcase size={32} aria-hidden />}
            title={status === 'open' && !teamId ? 'No projects yet' : 'No projects match'}
            description={
              status === 'open' && !teamId
                ? canCreate
                  ? 'Add the work that needs people: a delivery project, a support rotation or a development programme.'
                  : 'Managers add the projects people work on; they will appear here.'
                : 'Try another status or team.'
            }
            action={
              canCreate && status === 'open' && !teamId ? (
                <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={open}>
                  New project
                </Button>
              ) : undefined
            }
          />
        ) : (
          groups.map((group) => (
            <section key={group.status} aria-labelledby={`projects-${group.status}`}>
              <Group gap="xs" mb="sm" align="baseline">
                <Title order={2} size="h4" id={`projects-${group.status}`}>
                  {projectStatusLabels[group.status]}
                </Title>
                <Text size="sm" c="dimmed">
                  {group.projects.length}
                </Text>
              </Group>
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
                {group.projects.map((project) => (
                  <ProjectCard key={project.id} project={project} />
                ))}
              </SimpleGrid>
            </section>
          ))
        )}
      </Stack>
      {canCreate ? (
        <ProjectFormDialog
          opened={creating}
          project={null}
          defaultTeamId={teamId}
          onClose={close}
          onReload={() => refetch()}
          onSaved={(saved) => void navigate(projectPath(saved.id))}
        />
      ) : null}
    </>
  );
}
