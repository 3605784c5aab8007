import { Badge, Button, Card, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconBulb, IconPencil, IconTrash, IconUserQuestion } from '@tabler/icons-react';
import { forwardRef } from 'react';
import type { ProjectNeedFieldsFragment } from '@web/generated/graphql';
import { RouterAnchor } from '@web/shared/components/RouterAnchor';
import { personPath } from '@web/shared/routes';
import { openNeedText } from '../utils/projectView';
import { formatRange, ATTENTION_COLOR } from '../utils/staffingLabels';
import classes from './staffing.module.css';

interface NeedCardProps {
  need: ProjectNeedFieldsFragment;
  /** The need the address points at (?need=<id>). */
  highlighted: boolean;
  canEdit: boolean;
  onEdit: () => void;
  onRemove: () => void;
  /** Opens the growth-aware suggestions for this need (managers). */
  onSuggest?: () => void;
}

/** A need against who fills it; what is still open shows as a placeholder nobody fills yet. */
export const NeedCard = forwardRef<HTMLElement, NeedCardProps>(function NeedCard(
  { need, highlighted, canEdit, onEdit, onRemove, onSuggest },
  ref,
) {
  const headingId = `need-${need.id}-title`;
  const open = need.openPercent > 0;
  return (
    <Card
      component="article"
      ref={ref}
      id={`need-${need.id}`}
      aria-labelledby={headingId}
      className={classes.needCard}
      data-highlighted={highlighted || undefined}
      data-open={open || undefined}
      tabIndex={highlighted ? -1 : undefined}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={2}>
            <Title order={3} size="h5" id={headingId}>
              {need.role}
            </Title>
            <Text size="sm">{`${need.percent}% of a person · ${formatRange(need.startDate, need.endDate)}`}</Text>
          </Stack>
          <Group gap="xs">
            {open ? (
              <Badge color={ATTENTION_COLOR} variant="outline">
                {`${need.openPercent}% open`}
              </Badge>
            ) : (
              <Badge color="teal.9" variant="outline">
                Filled
              </Badge>
            )}
            {canEdit ? (
              <>
                <Button
                  size="compact-sm"
                  variant="subtle"
                  leftSection={<IconPencil size={14} aria-hidden />}
                  onClick={onEdit}
                  aria-label={`Edit the need ${need.role}`}
                >
                  Edit
                </Button>
                <Button
                  size="compact-sm"
                  variant="outline"
                  color="red.8"
                  leftSection={<IconTrash size={14} aria-hidden />}
                  onClick={onRemove}
                  aria-label={`Remove the need ${need.role}`}
                >
                  Remove
                </Button>
              </>
            ) : null}
          </Group>
        </Group>

        {need.competencies.length > 0 ? (
          <Group gap={6} aria-label="Competencies it asks for" role="list">
            {need.competencies.map((competency) => (
              <Badge
                key={competency.key}
                role="listitem"
                variant="outline"
                color="gray.8"
                tt="none"
                fw={500}
                title={competency.areaName}
              >
                {`${competency.name} · ${competency.minLevelName} or above`}
              </Badge>
            ))}
          </Group>
        ) : null}

        {need.filledBy.length > 0 ? (
          <List spacing={4} size="sm" listStyleType="none" aria-label={`Who fills ${need.role}`}>
            {need.filledBy.map((entry) => (
              <List.Item key={entry.allocationId}>
                <Group gap={6} wrap="wrap">
                  <RouterAnchor to={personPath(entry.personId)} fw={600}>
                    {entry.personName}
                  </RouterAnchor>
                  <Text size="sm" span>
                    {`${entry.percent}% · ${formatRange(entry.startDate, entry.endDate)}`}
                  </Text>
                  {entry.status === 'TENTATIVE' ? (
                    <Badge size="sm" variant="outline" color="gray.8">
                      Tentative
                    </Badge>
                  ) : null}
                </Group>
              </List.Item>
            ))}
          </List>
        ) : null}

        {open ? (
          <Paper className={classes.openSlot} p="sm" radius="sm">
            <Group gap="xs" wrap="nowrap">
              <IconUserQuestion size={18} aria-hidden />
              <Text size="sm" fw={600}>
                {openNeedText(need)}
              </Text>
            </Group>
            {onSuggest ? (
              <Button
                mt="xs"
                size="xs"
                variant="light"
                leftSection={<IconBulb size={14} aria-hidden />}
                onClick={onSuggest}
                aria-label={`Who could be the ${need.role}?`}
              >
                Who could fill this?
              </Button>
            ) : null}
          </Paper>
        ) : null}
      </Stack>
    </Card>
  );
});
