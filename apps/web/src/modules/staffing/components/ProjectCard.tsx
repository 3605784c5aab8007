import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconCalendar, IconUsers, IconUsersGroup } from '@tabler/icons-react';
import type { ProjectFieldsFragment } from '@web/generated/graphql';
import { RouterAnchor } from '@web/shared/components/RouterAnchor';
import { projectPath } from '@web/shared/routes';
import { openNeeds, peopleCount } from '../utils/projectView';
import {
  formatRange,
  pluralize,
  priorityLabel,
  workKindColors,
  workKindLabels,
  ATTENTION_COLOR,
} from '../utils/staffingLabels';

/** One project of the list: what it is, when, whose, how many people, and what is still open. */
export function ProjectCard({ project }: { project: ProjectFieldsFragment }) {
  const open = openNeeds(project.needs);
  const people = peopleCount(project.roster);
  const headingId = `project-${project.id}`;
  return (
    <Card component="article" aria-labelledby={headingId} h="100%">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Title order={3} size="h5" id={headingId}>
            <RouterAnchor to={projectPath(project.id)}>{project.name}</RouterAnchor>
          </Title>
        </Group>
        <Group gap="xs">
          <Badge variant="dot" color={workKindColors[project.kind]}>
            {workKindLabels[project.kind]}
          </Badge>
          <Badge variant="outline" color="gray.8">
            {priorityLabel(project.priority)}
          </Badge>
          {open.length > 0 ? (
            <RouterAnchor
              to={projectPath(project.id, open[0].id)}
              size="sm"
              underline="never"
              aria-label={`${project.name}: ${pluralize(open.length, 'open need')}`}
            >
              <Badge variant="filled" color={ATTENTION_COLOR} component="span" style={{ cursor: 'pointer' }}>
                {pluralize(open.length, 'open need')}
              </Badge>
            </RouterAnchor>
          ) : project.needs.length > 0 ? (
            <Badge variant="outline" color="teal.9">
              Needs filled
            </Badge>
          ) : null}
        </Group>
        <Stack gap={4}>
          <Group gap={6} wrap="nowrap">
            <IconCalendar size={16} aria-hidden />
            <Text size="sm">{formatRange(project.startDate, project.endDate)}</Text>
          </Group>
          <Group gap={6} wrap="nowrap">
            <IconUsersGroup size={16} aria-hidden />
            <Text size="sm">{project.teamName ?? 'No team'}</Text>
          </Group>
          <Group gap={6} wrap="nowrap">
            <IconUsers size={16} aria-hidden />
            <Text size="sm">
              {people === 0 ? 'Nobody on it yet' : `${pluralize(people, 'person', 'people')} on it`}
            </Text>
          </Group>
        </Stack>
      </Stack>
    </Card>
  );
}
