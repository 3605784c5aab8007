import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import type { CalibrationGroupFieldsFragment } from '@web/generated/graphql';
import { leniencyBars } from '../utils/chartData';
import { formatGap, gapWords } from '../utils/format';
import { ChartLegend } from './ChartLegend';

/** Half a level off the reach's mean (with six ratings or more) names a rater lenient or harsh. */
const THRESHOLD = 0.5;

interface LeniencyChartProps {
  groups: readonly CalibrationGroupFieldsFragment[];
  /** "managers" or "teams". */
  noun: string;
}

/** One sentence for screen readers; the table beside the chart has every value. */
export function leniencySummary(groups: readonly CalibrationGroupFieldsFragment[], noun: string): string {
  const bars = leniencyBars(groups);
  if (bars.length === 0) return `No ${noun} have manager ratings to compare.`;
  const list = bars.map((b) => `${b.name} ${gapWords(b.againstReach, 'the reach’s mean')}`).join('; ');
  return `Bar chart of each of the ${noun}' mean rating against the reach’s mean, furthest first: ${list}.`;
}

/**
 * "Who rates differently?" at a glance: one bar per manager or team, right of the centre when
 * they rate above the reach's mean, left when below; dashed lines mark half a level either way.
 */
export function LeniencyChart({ groups, noun }: LeniencyChartProps) {
  const bars = leniencyBars(groups);
  if (bars.length === 0) return null;
  const furthest = Math.max(THRESHOLD, ...bars.map((b) => Math.abs(b.againstReach)));
  const edge = Math.ceil((furthest + 0.05) * 4) / 4;
  return (
    <div style={{ minWidth: 0 }}>
      <div role="img" aria-label={leniencySummary(groups, noun)}>
        <BarChart
          h={Math.max(140, bars.length * 36 + 60)}
          data={bars}
          dataKey="name"
          orientation="vertical"
          series={[{ name: 'againstReach', label: 'Against the reach’s mean', color: 'indigo.7' }]}
          getBarColor={(value) => (value >= 0 ? 'grape.8' : 'red.8')}
          referenceLines={[
            { x: 0, color: 'gray.7', strokeWidth: 1.5 },
            { x: THRESHOLD, color: 'gray.6', strokeDasharray: '5 4' },
            { x: -THRESHOLD, color: 'gray.6', strokeDasharray: '5 4' },
          ]}
          valueFormatter={formatGap}
          withLegend={false}
          gridAxis="x"
          maxBarWidth={22}
          xAxisProps={{ domain: [-edge, edge], allowDataOverflow: true }}
          yAxisProps={{ width: 130 }}
          barChartProps={{ accessibilityLayer: false, margin: { top: 8, right: 16 } }}
        />
      </div>
      <ChartLegend
        items={[
          { label: 'Rates above the reach (more lenient)', color: 'grape.8' },
          { label: 'Rates below the reach (harsher)', color: 'red.8' },
          { label: 'Half a level either way', color: 'gray.6', shape: 'line', dash: '5 4' },
        ]}
      />
    </div>
  );
}
