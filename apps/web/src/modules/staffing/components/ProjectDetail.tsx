import { useMutation } from '@apollo/client/react';
import { Badge, Button, Card, Group, Modal, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconCalendarWeek, IconPencil, IconPlus } from '@tabler/icons-react';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { ProjectFieldsFragment, ProjectNeedFieldsFragment } from '@web/generated/graphql';
import { EmptyMessage } from '@web/shared/components/EmptyMessage';
import { FormAlert } from '@web/shared/components/FormAlert';
import { PageHeader } from '@web/shared/components/PageHeader';
import { RouterAnchor } from '@web/shared/components/RouterAnchor';
import { getUserMessage } from '@web/shared/graphql/errors';
import { staffingPath, teamPath } from '@web/shared/routes';
import { removeProjectNeedMutation } from '../graphql/removeProjectNeedMutation';
import { openNeeds, peopleCount } from '../utils/projectView';
import {
  formatRange,
  pluralize,
  priorityLabel,
  projectStatusColors,
  projectStatusLabels,
  workKindColors,
  workKindLabels,
} from '../utils/staffingLabels';
import { useCurrentUser } from '@web/modules/auth/hooks/useCurrentUser';
import { NeedCard } from './NeedCard';
import { NeedSuggestionsPanel } from './NeedSuggestionsPanel';
import { SkillRisks } from './SkillCoveragePanel';
import { NeedFormDialog } from './NeedFormDialog';
import { ProjectFormDialog } from './ProjectFormDialog';
import { RosterTable } from './RosterTable';

interface ProjectDetailProps {
  project: ProjectFieldsFragment;
  /** The need the address points at (?need=<id>): highlighted and scrolled to. */
  highlightedNeedId: string | null;
  onReload: () => Promise<unknown>;
}

export function ProjectDetail({ project, highlightedNeedId, onReload }: ProjectDetailProps) {
  const [editing, editDialog] = useDisclosure(false);
  // The need dialog: closed (undefined), a new need (null) or one need.
  const [needInForm, setNeedInForm] = useState<ProjectNeedFieldsFragment | null | undefined>(undefined);
  const [removing, setRemoving] = useState<ProjectNeedFieldsFragment | null>(null);
  const [removeNeed, removal] = useMutation(removeProjectNeedMutation);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const highlightRef = useRef<HTMLElement | null>(null);
  const { user } = useCurrentUser();
  // Suggestions weigh growth goals: a manager's, for the people they reach.
  const [suggestFor, setSuggestFor] = useState<ProjectNeedFieldsFragment | null>(null);
  const open = openNeeds(project.needs);

  // Once per address: bring the need it names into view and give it focus, for keyboard users too.
  const highlightTarget = project.needs.some((need) => need.id === highlightedNeedId) ? highlightedNeedId : null;
  useEffect(() => {
    const element = highlightRef.current;
    if (!highlightTarget || !element) return;
    element.scrollIntoView?.({ block: 'center' });
    element.focus({ preventScroll: true });
  }, [highlightTarget]);

  const confirmRemove = async () => {
    if (!removing) return;
    setRemoveError(null);
    try {
      await removeNeed({ variables: { id: removing.id } });
      notifications.show({ color: 'teal', title: 'Need removed', message: `“${removing.role}” was removed.` });
      setRemoving(null);
    } catch (error) {
      setRemoveError(getUserMessage(error, 'The need could not be removed. Please try again.'));
    }
  };

  return (
    <>
      <PageHeader
        title={project.name}
        description={`${workKindLabels[project.kind]} project · ${priorityLabel(project.priority)}`}
        actions={
          <>
            <Button
              component={Link}
              to={staffingPath({ projectId: project.id })}
              variant="default"
              leftSection={<IconCalendarWeek size={16} aria-hidden />}
            >
              Open in timeline
            </Button>
            <Modal
              opened={suggestFor !== null}
              onClose={() => setSuggestFor(null)}
              title={suggestFor ? `${project.name}: ${suggestFor.role}` : ''}
              size="lg"
              centered
            >
              {suggestFor ? (
                <NeedSuggestionsPanel
                  need={suggestFor}
                  onAssigned={() => {
                    setSuggestFor(null);
                    void onReload();
                  }}
                />
              ) : null}
            </Modal>

            {project.canEdit ? (
              <Button leftSection={<IconPencil size={16} aria-hidden />} onClick={editDialog.open}>
                Edit project
              </Button>
            ) : null}
          </>
        }
      />
      <Stack gap="xl">
        <Card component="section" aria-label="About the project">
          <Stack gap="md">
            <Group gap="xs">
              <Badge variant="filled" color={projectStatusColors[project.status]}>
                {projectStatusLabels[project.status]}
              </Badge>
              <Badge variant="dot" color={workKindColors[project.kind]}>
                {workKindLabels[project.kind]}
              </Badge>
              <Badge variant="outline" color="gray.8">
                {priorityLabel(project.priority)}
              </Badge>
            </Group>
            <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md" component="dl" m={0}>
              <Fact label="Dates">{formatRange(project.startDate, project.endDate)}</Fact>
              <Fact label="Team">
                {project.teamId ? (
                  <RouterAnchor to={teamPath(project.teamId)}>{project.teamName ?? 'Its team'}</RouterAnchor>
                ) : (
                  'No team'
                )}
              </Fact>
              <Fact label="People on it">{String(peopleCount(project.roster))}</Fact>
              <Fact label="Open needs">{open.length === 0 ? 'None' : String(open.length)}</Fact>
            </SimpleGrid>
            {project.description ? (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {project.description}
              </Text>
            ) : (
              <Text size="sm" c="dimmed">
                No description yet.
              </Text>
            )}
          </Stack>
        </Card>

        <section aria-labelledby="project-needs">
          <Group justify="space-between" align="flex-end" mb="sm">
            <Stack gap={2}>
              <Title order={2} size="h4" id="project-needs">
                Needs
              </Title>
              <Text size="sm" c="dimmed">
                {project.needs.length === 0
                  ? 'The roles the project asks for, against who fills them.'
                  : `${pluralize(project.needs.length, 'need')}, ${open.length === 0 ? 'all filled' : `${open.length} still open`}.`}
              </Text>
            </Stack>
            {project.canEdit ? (
              <Button
                variant="light"
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => setNeedInForm(null)}
              >
                Add need
              </Button>
            ) : null}
          </Group>
          {project.needs.length === 0 ? (
            <Card>
              <EmptyMessage
                title="No needs yet"
                description={
                  project.canEdit
                    ? 'Add the roles the project needs (a share of someone’s time, the competencies it exercises) to see what is still open.'
                    : 'The project’s managers have not listed the roles it needs.'
                }
              />
            </Card>
          ) : (
            <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
              {project.needs.map((need) => (
                <NeedCard
                  key={need.id}
                  ref={need.id === highlightTarget ? highlightRef : undefined}
                  need={need}
                  highlighted={need.id === highlightTarget}
                  canEdit={project.canEdit}
                  onEdit={() => setNeedInForm(need)}
                  onRemove={() => {
                    setRemoveError(null);
                    setRemoving(need);
                  }}
                  onSuggest={user?.role === 'MANAGER' ? () => setSuggestFor(need) : undefined}
                />
              ))}
            </SimpleGrid>
          )}
        </section>

        {user?.role === 'MANAGER' ? <SkillRisks projectId={project.id} /> : null}

        <section aria-labelledby="project-roster">
          <Title order={2} size="h4" id="project-roster" mb="sm">
            Who is on it
          </Title>
          <Card p={project.roster.length === 0 ? undefined : 0}>
            {project.roster.length === 0 ? (
              <EmptyMessage
                title="Nobody is on this project yet"
                description="Managers plan people's time on the Staffing timeline; allocations show here."
              />
            ) : (
              <RosterTable project={project} />
            )}
          </Card>
        </section>
      </Stack>

      {project.canEdit ? (
        <>
          <ProjectFormDialog opened={editing} project={project} onClose={editDialog.close} onReload={onReload} />
          <NeedFormDialog
            opened={needInForm !== undefined}
            project={project}
            need={needInForm ?? null}
            onClose={() => setNeedInForm(undefined)}
            onReload={onReload}
          />
          <Modal opened={removing !== null} onClose={() => setRemoving(null)} title="Remove this need?" centered>
            <Stack gap="md">
              {removeError ? (
                <FormAlert tone="error" title="Could not remove the need">
                  {removeError}
                </FormAlert>
              ) : null}
              <Text size="sm">
                {removing
                  ? `“${removing.role}” goes from ${project.name}. ${
                      removing.filledBy.length > 0
                        ? 'The people who fill it stay on the project; their time is no longer tied to a need.'
                        : 'Nobody fills it yet.'
                    }`
                  : null}
              </Text>
              <Group justify="flex-end">
                <Button variant="default" onClick={() => setRemoving(null)} data-autofocus>
                  Keep it
                </Button>
                <Button color="red.8" onClick={() => void confirmRemove()} loading={removal.loading}>
                  Remove need
                </Button>
              </Group>
            </Stack>
          </Modal>
        </>
      ) : null}
    </>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text component="dd" size="sm" m={0}>
        {children}
      </Text>
    </div>
  );
}
