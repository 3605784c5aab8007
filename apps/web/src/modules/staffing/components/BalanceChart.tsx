import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Group, Text } from '@mantine/core';
import type { BalanceBar } from '../utils/balanceView';
import { workKindColors } from '../utils/staffingLabels';
import classes from './staffing.module.css';

// Development first, at the foot of each bar, so its height reads straight against the target line.
const SERIES = [
  { name: 'development', label: 'Development', color: `${workKindColors.DEVELOPMENT}.7` },
  { name: 'delivery', label: 'Delivery', color: `${workKindColors.DELIVERY}.6` },
  { name: 'support', label: 'Support', color: `${workKindColors.SUPPORT}.6` },
];

interface BalanceChartProps {
  bars: BalanceBar[];
  /** The organization's development target, as a fraction (0.2). */
  target: number;
  /** Bars across (teams, few) or down the page (people, many). */
  layout: 'columns' | 'rows';
  /** What the chart shows, for screen readers; the table beside it has every value. */
  summary: string;
}

/** Delivery, development and support as shares of confirmed work, against the development target. */
export function BalanceChart({ bars, target, layout, summary }: BalanceChartProps) {
  const targetPercent = Math.round(target * 1000) / 10;
  const rows = layout === 'rows';
  const line = {
    color: 'red.8',
    strokeDasharray: '6 4',
    strokeWidth: 2,
    ...(rows ? { x: targetPercent } : { y: targetPercent }),
  };
  return (
    <div className={classes.chartBox}>
      <div role="img" aria-label={summary}>
        <BarChart
          h={rows ? Math.max(160, bars.length * 34 + 70) : 280}
          data={bars}
          dataKey="name"
          type="stacked"
          orientation={rows ? 'vertical' : 'horizontal'}
          series={SERIES}
          referenceLines={[line]}
          valueFormatter={(value) => `${value}%`}
          withLegend={false}
          gridAxis={rows ? 'x' : 'y'}
          maxBarWidth={rows ? 22 : 56}
          xAxisProps={rows ? { domain: [0, 100], ticks: [0, 25, 50, 75, 100] } : undefined}
          yAxisProps={rows ? { width: 130 } : { domain: [0, 100], ticks: [0, 25, 50, 75, 100] }}
          barChartProps={{ accessibilityLayer: false, margin: { top: 16, right: 16 } }}
        />
      </div>
      <Group gap="md" mt="xs" component="ul" aria-label="Legend" style={{ listStyle: 'none', padding: 0 }}>
        {SERIES.map((item) => (
          <Group key={item.name} gap={6} component="li" wrap="nowrap">
            <span
              aria-hidden
              style={{
                width: 12,
                height: 12,
                borderRadius: 3,
                background: `var(--mantine-color-${item.color.replace('.', '-')})`,
              }}
            />
            <Text size="sm">{item.label}</Text>
          </Group>
        ))}
        <Group gap={6} component="li" wrap="nowrap">
          <span aria-hidden style={{ width: 16, borderTop: '2px dashed var(--mantine-color-red-8)' }} />
          <Text size="sm">{`Development target (${targetPercent}%)`}</Text>
        </Group>
      </Group>
    </div>
  );
}
