import { Progress, Stack, Text } from '@mantine/core';
import { type ReadinessTally, readinessSegments, readinessText } from '../utils/chartData';

/** A group's readiness calls: a small stacked bar (decoration) over the counts in words. */
export function ReadinessBar({ counts }: { counts: ReadinessTally }) {
  const segments = readinessSegments(counts);
  return (
    <Stack gap={4} miw={140}>
      {segments.length ? (
        <Progress.Root size="md" aria-hidden>
          {segments.map((s) => (
            <Progress.Section key={s.key} value={s.percent} color={s.color} withAria={false} />
          ))}
        </Progress.Root>
      ) : null}
      <Text size="xs">{readinessText(counts)}</Text>
    </Stack>
  );
}
