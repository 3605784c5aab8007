import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Stack, Text } from '@mantine/core';
import type { TeamReportRowFieldsFragment } from '@web/generated/graphql';
import { developmentBars } from '../utils/chartData';
import { formatPercent } from '../utils/format';
import { ChartLegend } from './ChartLegend';

interface DevelopmentChartProps {
  people: readonly TeamReportRowFieldsFragment[];
  /** The organization's development target, as a share (0.2). */
  target: number;
}

/** One sentence for screen readers; the per-person table below has every value. */
export function developmentSummary(people: readonly TeamReportRowFieldsFragment[], target: number): string {
  const under = developmentBars(people).filter((b) => !b.meetsTarget);
  const head = `Bar chart of each person’s development share against the ${formatPercent(target)} target: ${
    people.length - under.length
  } of ${people.length} meet it`;
  return under.length
    ? `${head}; under it: ${under.map((b) => `${b.name} (${b.development}%)`).join(', ')}.`
    : `${head}.`;
}

/** Each person's share of work on development, lowest first, against the target (a dashed line). */
export function DevelopmentChart({ people, target }: DevelopmentChartProps) {
  const bars = developmentBars(people);
  const targetPercent = Math.round(target * 1000) / 10;
  const top = Math.max(50, Math.ceil(Math.max(targetPercent, ...bars.map((b) => b.development)) / 10) * 10);
  return (
    <Stack gap={0}>
      <div role="img" aria-label={developmentSummary(people, target)}>
        <BarChart
          h={Math.max(160, bars.length * 30 + 70)}
          data={bars}
          dataKey="name"
          orientation="vertical"
          series={[{ name: 'development', label: 'Development', color: 'teal.8' }]}
          getBarColor={(value) => (value < targetPercent ? 'orange.8' : 'teal.8')}
          referenceLines={[{ x: targetPercent, color: 'red.8', strokeDasharray: '6 4', strokeWidth: 2 }]}
          valueFormatter={(value) => `${value}%`}
          withLegend={false}
          gridAxis="x"
          maxBarWidth={20}
          xAxisProps={{ domain: [0, top] }}
          yAxisProps={{ width: 120 }}
          barChartProps={{ accessibilityLayer: false, margin: { top: 8, right: 16 } }}
        />
      </div>
      <ChartLegend
        items={[
          { label: 'At or above the target', color: 'teal.8' },
          { label: 'Under the target', color: 'orange.8' },
          { label: `Target (${targetPercent}%)`, color: 'red.8', shape: 'line', dash: '6 4' },
        ]}
      />
      {bars.length === 0 ? (
        <Text size="sm" c="dimmed">
          No one has allocated work this quarter.
        </Text>
      ) : null}
    </Stack>
  );
}
