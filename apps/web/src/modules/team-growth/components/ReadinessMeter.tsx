import { Progress, Stack, Text } from '@mantine/core';
import type { HeatmapRow } from '../utils/heatmapView';
import { readinessText } from '../utils/heatmapView';

/** "12/23 toward Senior Engineer" over a small bar; the text says it all, so the bar is hidden from readers. */
export function ReadinessMeter({ readiness }: { readiness: HeatmapRow['readiness'] }) {
  if (!readiness.nextLevelName) {
    return (
      <Text size="xs" c="dimmed">
        Top of the track
      </Text>
    );
  }
  const percent = Math.round(readiness.share * 100);
  return (
    <Stack gap={4}>
      <Text size="xs" fw={500}>
        {readinessText(readiness)}
      </Text>
      <div aria-hidden>
        <Progress value={percent} size="sm" radius="xl" color={percent >= 75 ? 'teal.7' : 'indigo.6'} w={150} />
      </div>
    </Stack>
  );
}
