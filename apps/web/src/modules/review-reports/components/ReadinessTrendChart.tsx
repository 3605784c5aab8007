import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Stack, Table, VisuallyHidden } from '@mantine/core';
import type { TeamReportQuarterFieldsFragment } from '@web/generated/graphql';
import { READINESS_SERIES, readinessByQuarter } from '../utils/chartData';
import { ChartLegend } from './ChartLegend';

/** The readiness calls of each quarter, stacked; a hidden table carries every count. */
export function ReadinessTrendChart({ quarters }: { quarters: readonly TeamReportQuarterFieldsFragment[] }) {
  const data = readinessByQuarter(quarters);
  return (
    <Stack gap={0}>
      <div aria-hidden>
        <BarChart
          h={240}
          data={data}
          dataKey="quarter"
          type="stacked"
          series={READINESS_SERIES}
          withLegend={false}
          maxBarWidth={56}
          yAxisProps={{ allowDecimals: false, width: 36 }}
          barChartProps={{ accessibilityLayer: false }}
        />
      </div>
      <ChartLegend label="Readiness calls" items={READINESS_SERIES.map((s) => ({ label: s.label, color: s.color }))} />
      <VisuallyHidden>
        <Table>
          <Table.Caption>Readiness calls per quarter</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Quarter</Table.Th>
              {READINESS_SERIES.map((s) => (
                <Table.Th scope="col" key={s.name}>
                  {s.label}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.map((row) => (
              <Table.Tr key={row.quarter}>
                <Table.Th scope="row">{row.quarter}</Table.Th>
                {READINESS_SERIES.map((s) => (
                  <Table.Td key={s.name}>{row[s.name]}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </VisuallyHidden>
    </Stack>
  );
}
