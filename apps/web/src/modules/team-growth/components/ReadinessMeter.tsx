import { Progress, Text } from '@mantine/core';
import type { HeatmapRow } from '../utils/heatmapView';
import { readinessText } from '../utils/heatmapView';
import classes from './ReadinessMeter.module.css';

/** "12/23 toward Senior Engineer" over a small bar; the text says it all, so the bar is hidden from readers. */
export function ReadinessMeter({ readiness }: { readiness: HeatmapRow['readiness'] }) {
  if (!readiness.nextLevelName) {
    return (
      <Text size="xs" c="gray.7">
        Top of the track
      </Text>
    );
  }
  const percent = Math.round(readiness.share * 100);
  const text = readinessText(readiness);
  return (
    <div className={classes.meter}>
      <Text size="xs" fw={500} truncate="end" title={text}>
        {text}
      </Text>
      <div aria-hidden>
        <Progress value={percent} size={5} radius="xl" color={percent >= 75 ? 'teal.7' : 'indigo.6'} />
      </div>
    </div>
  );
}
