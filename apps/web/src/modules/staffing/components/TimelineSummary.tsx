import { Badge, Group, Text } from '@mantine/core';
import { dayNumber } from '@trellis/domain';
import type { ReactNode } from 'react';
import type { StaffingTimelineQuery } from '@web/generated/graphql';

interface TimelineSummaryProps {
  timeline: StaffingTimelineQuery['staffingTimeline'];
  today: string;
}

/** A count that needs a look stands out; a zero stays quiet. */
function Count({ n, tone, children }: { n: number; tone: 'alert' | 'warn' | 'info'; children: ReactNode }) {
  if (n === 0) return <Badge variant="default">{children}</Badge>;
  if (tone === 'alert') return <Badge color="red.8">{children}</Badge>;
  return (
    <Badge variant="light" color={tone === 'warn' ? 'yellow' : 'indigo'} c="dark.8">
      {children}
    </Badge>
  );
}

/** The answer before the grid: who is over, idle or away this week, and how many needs are open. */
export function TimelineSummary({ timeline, today }: TimelineSummaryProps) {
  const index = Math.floor((dayNumber(today) - dayNumber(timeline.weeks[0]?.monday ?? today)) / 7);
  const inRange = index >= 0 && index < timeline.weeks.length;
  const column = inRange ? index : 0;
  const loads = timeline.rows.map((r) => r.load).filter((l) => column < l.allocatedShare.length);
  const over = timeline.rows.filter((r) => r.load.overAllocated.some(Boolean)).length;
  const overNow = loads.filter((l) => l.overAllocated[column]).length;
  const idleNow = loads.filter((l) => l.idle[column]).length;
  const awayNow = loads.filter((l) => l.away[column]).length;
  const needs = timeline.openNeeds.length;
  return (
    <Group gap="xs" wrap="wrap" role="group" aria-label="Summary">
      <Text size="sm" fw={600}>
        {timeline.totalCount} {timeline.totalCount === 1 ? 'person' : 'people'}
      </Text>
      <Text size="sm" c="dimmed">
        {inRange ? 'this week:' : 'first week shown:'}
      </Text>
      <Count n={overNow} tone="alert">
        {overNow} over 100%
      </Count>
      <Count n={idleNow} tone="warn">
        {idleNow} idle
      </Count>
      <Count n={awayNow} tone="info">
        {awayNow} away
      </Count>
      <Text size="sm" c="dimmed" aria-hidden>
        ·
      </Text>
      <Count n={over} tone="alert">
        {over} over in some week shown
      </Count>
      <Count n={needs} tone="info">
        {needs} open {needs === 1 ? 'need' : 'needs'}
      </Count>
    </Group>
  );
}
