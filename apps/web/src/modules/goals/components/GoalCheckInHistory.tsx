import { Badge, Group, Text, Timeline } from '@mantine/core';
import type { GoalCheckInFieldsFragment } from '@web/generated/graphql';
import { formatDate } from '@web/shared/utils/format';
import { confidenceColors, confidenceLabels } from '../utils/goalLabels';

/** Every check-in, newest first. */
export function GoalCheckInHistory({ checkIns }: { checkIns: readonly GoalCheckInFieldsFragment[] }) {
  if (checkIns.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No check-ins yet.
      </Text>
    );
  }
  return (
    <Timeline bulletSize={14} lineWidth={2} color="indigo" active={-1}>
      {checkIns.map((checkIn) => (
        <Timeline.Item
          key={checkIn.id}
          title={
            <Group gap="xs" wrap="wrap">
              <Text size="sm" fw={600} component="span">
                {formatDate(checkIn.date)}
              </Text>
              <Text size="sm" component="span">
                {checkIn.progress}%
              </Text>
              <Badge size="sm" variant="outline" color={confidenceColors[checkIn.confidence]}>
                {confidenceLabels[checkIn.confidence]}
              </Badge>
            </Group>
          }
        >
          {checkIn.note ? (
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {checkIn.note}
            </Text>
          ) : null}
          {checkIn.authorName ? (
            <Text size="xs" c="dimmed" mt={2}>
              By {checkIn.authorName}
            </Text>
          ) : null}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
