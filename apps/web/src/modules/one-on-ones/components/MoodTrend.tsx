import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { formatDate } from '@web/shared/utils/format';
import { moodLabel } from './MoodPicker';

interface MoodTrendProps {
  /** Oldest first; meetings without a mood are left out by the caller or drawn as gaps. */
  points: { date: string; mood: number | null }[];
}

/** The report's mood over the last meetings, as a line with the same figures as a table for screen readers. */
export function MoodTrend({ points }: MoodTrendProps) {
  const rated = points.filter((p) => p.mood !== null);
  return (
    <Stack gap="xs" component="section" aria-labelledby="mood-trend-title">
      <Title order={3} size="h5" id="mood-trend-title">
        Mood over the last meetings
      </Title>
      {rated.length < 2 ? (
        <Text size="sm" c="dimmed">
          {rated.length === 0
            ? 'No mood given yet.'
            : `Only one meeting has a mood so far: ${moodLabel(rated[0].mood)}.`}
        </Text>
      ) : (
        <>
          <div aria-hidden>
            <LineChart
              h={160}
              data={points.map((p) => ({ date: formatDate(p.date), mood: p.mood }))}
              dataKey="date"
              series={[{ name: 'mood', label: 'Mood', color: 'indigo.7' }]}
              yAxisProps={{ domain: [1, 5], ticks: [1, 2, 3, 4, 5], interval: 0 }}
              connectNulls
              curveType="monotone"
              lineChartProps={{ accessibilityLayer: false }}
              withDots
            />
          </div>
          <VisuallyHidden>
            <Table>
              <Table.Caption>Mood by meeting</Table.Caption>
              <Table.Tbody>
                {points.map((p) => (
                  <Table.Tr key={p.date}>
                    <Table.Th scope="row">{formatDate(p.date)}</Table.Th>
                    <Table.Td>{moodLabel(p.mood)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </VisuallyHidden>
        </>
      )}
    </Stack>
  );
}
