import '@mantine/charts/styles.css';
import { BarChart, LineChart } from '@mantine/charts';
import { Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import type { TeamReportQuarterFieldsFragment } from '@web/generated/graphql';
import { areaTrend } from '../utils/chartData';
import { formatGap } from '../utils/format';
import { ChartLegend } from './ChartLegend';

/**
 * The average manager rating against the level (0 meets it), one line per area over the quarters;
 * a grouped bar per area when there is only one quarter. A hidden table carries every value.
 */
export function AreaTrendChart({ quarters }: { quarters: readonly TeamReportQuarterFieldsFragment[] }) {
  const { data, series } = areaTrend(quarters);
  if (series.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No manager ratings in these quarters yet.
      </Text>
    );
  }
  const values = data
    .flatMap((row) => series.map((s) => row[s.name]))
    .filter((v): v is number => typeof v === 'number');
  const edge = Math.max(1, Math.ceil(Math.max(0, ...values.map(Math.abs)) * 2) / 2);
  const common = {
    h: 240,
    data,
    dataKey: 'quarter',
    valueFormatter: formatGap,
    withLegend: false,
    yAxisProps: { domain: [-edge, edge], width: 48 },
    referenceLines: [{ y: 0, color: 'gray.7', label: 'Meets the level', labelPosition: 'insideTopLeft' as const }],
  };
  return (
    <Stack gap={0}>
      <div aria-hidden>
        {quarters.length > 1 ? (
          <LineChart
            {...common}
            series={series}
            connectNulls
            withDots
            curveType="linear"
            strokeWidth={2.5}
            lineChartProps={{ accessibilityLayer: false }}
          />
        ) : (
          <BarChart
            {...common}
            series={series.map(({ name, label, color }) => ({ name, label, color }))}
            maxBarWidth={28}
            barChartProps={{ accessibilityLayer: false }}
          />
        )}
      </div>
      <ChartLegend
        label="Areas"
        items={series.map((s) => ({
          label: s.label,
          color: s.color,
          shape: quarters.length > 1 ? ('line' as const) : ('box' as const),
          dash: s.strokeDasharray,
        }))}
      />
      <VisuallyHidden>
        <Table>
          <Table.Caption>
            Average manager rating against the level, by area and quarter (0 meets the level)
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Area</Table.Th>
              {data.map((row) => (
                <Table.Th scope="col" key={String(row.quarter)}>
                  {row.quarter}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {series.map((s) => (
              <Table.Tr key={s.name}>
                <Table.Th scope="row">{s.label}</Table.Th>
                {data.map((row) => (
                  <Table.Td key={String(row.quarter)}>{formatGap(row[s.name] as number | null)}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </VisuallyHidden>
    </Stack>
  );
}
