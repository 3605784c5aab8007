import { ActionIcon, Anchor, Badge, Group, Stack, Text, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconExternalLink, IconPencil, IconTarget, IconTrash } from '@tabler/icons-react';
import type { EvidenceFieldsFragment } from '@web/generated/graphql';
import { formatDate } from '@web/shared/utils/format';
import {
  evidenceKindLabels,
  incidentRoleLabels,
  incidentSeverityLabels,
  learningFormatLabels,
} from '../utils/evidenceLabels';

interface EvidenceEntryProps {
  entry: EvidenceFieldsFragment;
  canEdit: boolean;
  onEdit: (entry: EvidenceFieldsFragment) => void;
  onDelete: (entry: EvidenceFieldsFragment) => void;
}

function details(entry: EvidenceFieldsFragment): string | null {
  if (entry.kind === 'INCIDENT') {
    const parts = [
      entry.incidentRole ? `Role: ${incidentRoleLabels[entry.incidentRole]}` : null,
      entry.incidentSeverity ? `Severity: ${incidentSeverityLabels[entry.incidentSeverity]}` : null,
    ].filter(Boolean);
    return parts.length > 0 ? parts.join(' · ') : null;
  }
  if (entry.kind === 'LEARNING' && entry.learningFormat) return `Format: ${learningFormatLabels[entry.learningFormat]}`;
  return null;
}

/** One piece of evidence: what, when, why it mattered, what it shows. */
export function EvidenceEntry({ entry, canEdit, onEdit, onDelete }: EvidenceEntryProps) {
  const titleId = `evidence-${entry.id}-title`;
  const detail = details(entry);
  return (
    <Stack gap={6} component="article" aria-labelledby={titleId}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text size="xs" c="dimmed" fw={600}>
            {evidenceKindLabels[entry.kind]} · <time dateTime={entry.date}>{formatDate(entry.date)}</time>
            {entry.allocationId ? ' · From staffing' : null}
          </Text>
          <Title order={4} size="h5" id={titleId}>
            {entry.link ? (
              <Anchor href={entry.link} target="_blank" rel="noopener noreferrer" inherit>
                {entry.title}
                <IconExternalLink
                  size={14}
                  aria-hidden
                  style={{ marginLeft: 4, verticalAlign: 'middle', display: 'inline' }}
                />
                <VisuallyHidden> (opens in a new tab)</VisuallyHidden>
              </Anchor>
            ) : (
              entry.title
            )}
          </Title>
          {detail ? <Text size="sm">{detail}</Text> : null}
        </Stack>
        {canEdit ? (
          <Group gap={4} wrap="nowrap">
            <Tooltip label="Edit" withArrow>
              <ActionIcon
                variant="subtle"
                color="gray.8"
                aria-label={`Edit ${entry.title}`}
                onClick={() => onEdit(entry)}
              >
                <IconPencil size={16} aria-hidden />
              </ActionIcon>
            </Tooltip>
            <Tooltip label="Delete" withArrow>
              <ActionIcon
                variant="subtle"
                color="red.8"
                aria-label={`Delete ${entry.title}`}
                onClick={() => onDelete(entry)}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Tooltip>
          </Group>
        ) : null}
      </Group>
      {entry.impact ? (
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {entry.impact}
        </Text>
      ) : null}
      {entry.competencies.length > 0 || entry.goals.length > 0 ? (
        <Group gap={6} wrap="wrap">
          {entry.competencies.map((competency) => (
            <Badge key={competency.key} size="sm" variant="light" color="indigo" tt="none">
              {competency.name}
            </Badge>
          ))}
          {entry.goals.map((goal) => (
            <Badge
              key={goal.id}
              size="sm"
              variant="outline"
              color="gray.8"
              tt="none"
              leftSection={<IconTarget size={12} aria-hidden />}
            >
              <VisuallyHidden>Goal: </VisuallyHidden>
              {goal.title}
            </Badge>
          ))}
        </Group>
      ) : null}
      {entry.createdByName ? (
        <Text size="xs" c="dimmed">
          Added by {entry.createdByName}
        </Text>
      ) : null}
    </Stack>
  );
}
