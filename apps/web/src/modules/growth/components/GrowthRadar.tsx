import '@mantine/charts/styles.css';
import { RadarChart, type RadarChartSeries } from '@mantine/charts';
import { Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import { useMediaQuery } from '@mantine/hooks';
import { useMemo } from 'react';
import type { BaseTickContentProps } from 'recharts/types/util/types';
import type { PersonGrowthFieldsFragment } from '@web/generated/graphql';
import { type AreaSummary, areaSummaries, fitScale, positionWords, rungAt } from '../utils/areaRadar';
import { previousSource } from '../utils/growthView';
import classes from './growth.module.css';

type SeriesKey = 'self' | 'manager' | 'expectation' | 'previous';

interface SeriesLook {
  color: string;
  dash?: string;
  fill: number;
  /** The legend's sample: a filled shape or a line. */
  sample: 'area' | 'line';
}

// Strokes are at least 3:1 against white; the lines also differ by dash, not by colour alone.
const LOOKS: Record<SeriesKey, SeriesLook> = {
  self: { color: 'indigo.7', fill: 0.15, sample: 'area' },
  manager: { color: 'teal.8', fill: 0.15, sample: 'area' },
  expectation: { color: 'gray.7', dash: '2 4', fill: 0, sample: 'line' },
  previous: { color: 'orange.9', dash: '7 5', fill: 0, sample: 'line' },
};

const format = (value: number | null) => (value === null ? '–' : value.toFixed(1));

interface GrowthRadarProps {
  growth: PersonGrowthFieldsFragment;
  personName: string;
  /** The area whose competencies the ratings table shows, if one is chosen. */
  selectedArea: string | null;
  onSelectArea: (areaKey: string | null) => void;
}

/** One sentence for screen readers: what the chart shows. The area table next to it has every value. */
function summaryOf(growth: PersonGrowthFieldsFragment, personName: string, areas: AreaSummary[]): string {
  const parts = [
    `Radar chart of ${personName}'s ratings for ${growth.quarter.label}, averaged over ${areas.length} ${areas.length === 1 ? 'area' : 'areas'}`,
  ];
  parts.push(
    growth.managerRatingsVisible ? 'self and manager ratings' : 'self ratings; manager ratings not shared yet',
  );
  if (growth.level) parts.push(`against the ${growth.level.name} expectation`);
  const previous = previousSource(growth);
  if (previous) parts.push(`compared with ${growth.previousQuarter.label} (${previous})`);
  return `${parts.join(', ')}. The table of areas lists every value.`;
}

/**
 * The quarter at a glance: one spoke per area (the mean of its competencies), on the part of the
 * scale that matters for this person. Choosing an area, in the chart or the table beside it,
 * narrows the ratings table to its competencies.
 */
export function GrowthRadar({ growth, personName, selectedArea, onSelectArea }: GrowthRadarProps) {
  const areas = useMemo(() => areaSummaries(growth), [growth]);
  // Room for the area names at the ends of the spokes on a phone.
  const wide = useMediaQuery('(min-width: 36em)');
  const previous = previousSource(growth);
  const expectation = growth.level?.position ?? null;
  const fitted = useMemo(
    () =>
      fitScale(
        areas.flatMap((area) => [area.self, area.manager, area.previous]),
        expectation,
        growth.scale,
      ),
    [areas, expectation, growth.scale],
  );

  const series: (RadarChartSeries & { key: SeriesKey })[] = [];
  if (expectation !== null) {
    series.push({
      key: 'expectation',
      name: 'expectation',
      label: `Expected at ${growth.level?.name ?? ''}`,
      color: LOOKS.expectation.color,
    });
  }
  if (previous) {
    series.push({
      key: 'previous',
      name: 'previous',
      label: `${growth.previousQuarter.label} (${previous})`,
      color: LOOKS.previous.color,
    });
  }
  if (growth.managerRatingsVisible)
    series.push({ key: 'manager', name: 'manager', label: 'Manager', color: LOOKS.manager.color });
  series.push({ key: 'self', name: 'self', label: `Self (${personName})`, color: LOOKS.self.color });
  // A series with no value at all has nothing to draw (the legend still names it).
  const drawn = series.filter((item) => areas.some((area) => area[item.key] !== null));

  // The chart draws from the fitted bottom: a value below it (none, by the fit) would sit at the centre.
  const data = areas.map((area) => ({
    area: area.areaName,
    areaKey: area.areaKey,
    self: area.self,
    manager: area.manager,
    expectation: area.expectation,
    previous: area.previous,
  }));
  const rings = Array.from({ length: fitted.max - fitted.min + 1 }, (_, i) => fitted.min + i);

  const AreaTick = ({ x, y, textAnchor, payload, index }: BaseTickContentProps) => {
    const area = areas[index];
    const chosen = area?.areaKey === selectedArea;
    return (
      <text
        x={x}
        y={y}
        textAnchor={textAnchor}
        dominantBaseline="central"
        className={classes.radarAxisLabel}
        data-selected={chosen || undefined}
        onClick={() => area && onSelectArea(chosen ? null : area.areaKey)}
      >
        {String(payload.value)}
      </text>
    );
  };

  return (
    <div className={classes.radarLayout}>
      <Stack gap="xs" className={classes.radarFigure}>
        <div role="img" aria-label={summaryOf(growth, personName, areas)}>
          <RadarChart
            h={290}
            data={data}
            dataKey="area"
            series={drawn}
            accessibilityLayer={false}
            gridColor="gray.3"
            polarRadiusAxisProps={{
              domain: [fitted.min, fitted.max],
              tickCount: rings.length,
              tick: false,
              axisLine: false,
            }}
            withPolarRadiusAxis
            polarAngleAxisProps={{ tick: AreaTick }}
            radarProps={(item) => {
              const look = LOOKS[(item.name as SeriesKey) ?? 'self'];
              return {
                strokeDasharray: look.dash,
                strokeWidth: look.dash ? 2 : 2.5,
                fillOpacity: look.fill,
                connectNulls: true,
              };
            }}
            radarChartProps={{ margin: { top: 8, right: 36, bottom: 8, left: 36 }, outerRadius: wide ? '76%' : '44%' }}
          />
        </div>
        <ul className={classes.legend} aria-label="Legend">
          {[...series].reverse().map((item) => (
            <li key={item.key} className={classes.legendItem}>
              <span className={classes.legendSample} data-series={item.key} aria-hidden />
              <span>{drawn.includes(item) ? item.label : `${item.label}: not rated yet`}</span>
            </li>
          ))}
          {growth.managerRatingsVisible ? null : (
            <li className={classes.legendItem}>
              <Text size="xs" c="dimmed">
                Manager ratings: not shared yet
              </Text>
            </li>
          )}
        </ul>
      </Stack>
      {/* The scale reads for the chart's rings and the table's means alike: under the table. */}
      <Text size="xs" c="dimmed" id="growth-radar-scale" className={classes.radarKey}>
        {`Rings, from the centre: ${rings
          .map(
            (position) =>
              `${position} ${rungAt(growth.scale, position)}${position === expectation ? ' (expected)' : ''}`,
          )
          .join(' · ')}. Each area is the mean of its competencies; choose one to see them.`}
      </Text>

      <Table
        className={classes.areaTable}
        verticalSpacing={6}
        horizontalSpacing="xs"
        aria-describedby="growth-radar-scale"
      >
        <caption>
          <Text size="sm" fw={600} component="span">
            Areas: mean rating on the scale
          </Text>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Area</Table.Th>
            <Table.Th scope="col" ta="right">
              Self
            </Table.Th>
            {growth.managerRatingsVisible ? (
              <Table.Th scope="col" ta="right">
                Manager
              </Table.Th>
            ) : null}
            {previous ? (
              <Table.Th scope="col" ta="right" visibleFrom="xs">
                {growth.previousQuarter.label}
              </Table.Th>
            ) : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {areas.map((area) => {
            const chosen = area.areaKey === selectedArea;
            const lead = growth.managerRatingsVisible && area.manager !== null ? area.manager : area.self;
            const below = lead !== null && expectation !== null && lead < expectation;
            return (
              <Table.Tr key={area.areaKey} data-selected={chosen || undefined} className={classes.areaRow}>
                <Table.Th scope="row" fw={500}>
                  <UnstyledButton
                    className={classes.areaButton}
                    aria-pressed={chosen}
                    onClick={() => onSelectArea(chosen ? null : area.areaKey)}
                  >
                    <span>{area.areaName}</span>
                    <Text span size="xs" c="dimmed">
                      {` ${area.competencyCount}`}
                      <span className={classes.visuallyHidden}>
                        {area.competencyCount === 1 ? ' competency' : ' competencies'}
                      </span>
                    </Text>
                    <IconChevronRight size={14} aria-hidden className={classes.areaChevron} />
                  </UnstyledButton>
                </Table.Th>
                <Table.Td ta="right" title={positionWords(growth.scale, area.self)}>
                  {format(area.self)}
                </Table.Td>
                {growth.managerRatingsVisible ? (
                  <Table.Td
                    ta="right"
                    title={positionWords(growth.scale, area.manager)}
                    fw={below ? 700 : undefined}
                    c={below ? 'orange.9' : undefined}
                  >
                    {format(area.manager)}
                  </Table.Td>
                ) : null}
                {previous ? (
                  <Table.Td ta="right" visibleFrom="xs" title={positionWords(growth.scale, area.previous)}>
                    {format(area.previous)}
                  </Table.Td>
                ) : null}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </div>
  );
}
