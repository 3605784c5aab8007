import { Button, Group, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { IconTable, IconTableOff } from '@tabler/icons-react';
import { useId, useState } from 'react';
import type { PersonGrowthFieldsFragment } from '@web/generated/graphql';
import { axisPoint, pathOf, type Point, positionRadius, valueRuns, wrapLabel } from '../utils/radarGeometry';
import { radarModel, type RadarSeries, radarSummary, type SeriesKey } from '../utils/radarSeries';
import classes from './growth.module.css';

const WIDTH = 820;
const HEIGHT = 640;
const CENTER: Point = { x: WIDTH / 2, y: HEIGHT / 2 };
const RADIUS = 228;

interface SeriesStyle {
  stroke: string;
  width: number;
  dash?: string;
  fill?: string;
  marker: 'circle' | 'square' | 'diamond' | null;
}

// Strokes are at least 3:1 against white; the series also differ by line and marker, not colour alone.
const STYLES: Record<SeriesKey, SeriesStyle> = {
  expectation: { stroke: 'var(--mantine-color-gray-7)', width: 2, dash: '1 5', marker: null },
  previous: { stroke: 'var(--mantine-color-orange-9)', width: 2, dash: '7 5', marker: 'diamond' },
  manager: {
    stroke: 'var(--mantine-color-teal-9)',
    width: 2.5,
    fill: 'var(--mantine-color-teal-6)',
    marker: 'square',
  },
  self: {
    stroke: 'var(--mantine-color-indigo-7)',
    width: 2.5,
    fill: 'var(--mantine-color-indigo-6)',
    marker: 'circle',
  },
};

// Drawn back to front: the expectation and last quarter under this quarter's ratings.
const DRAW_ORDER: SeriesKey[] = ['expectation', 'previous', 'manager', 'self'];

function Marker({ style, point }: { style: SeriesStyle; point: Point }) {
  if (style.marker === 'circle') return <circle cx={point.x} cy={point.y} r={4} fill={style.stroke} />;
  if (style.marker === 'square') {
    return <rect x={point.x - 3.5} y={point.y - 3.5} width={7} height={7} fill={style.stroke} />;
  }
  if (style.marker === 'diamond') {
    const d = 4;
    return (
      <path
        d={`M${point.x},${point.y - d} L${point.x + d},${point.y} L${point.x},${point.y + d} L${point.x - d},${point.y} Z`}
        fill="var(--mantine-color-white)"
        stroke={style.stroke}
        strokeWidth={1.5}
      />
    );
  }
  return null;
}

function SeriesShape({ series, count, maxPosition }: { series: RadarSeries; count: number; maxPosition: number }) {
  const style = STYLES[series.key];
  const point = (index: number) =>
    axisPoint(index, count, positionRadius(series.values[index] ?? 0, maxPosition, RADIUS), CENTER);
  const runs = valueRuns(series.values);
  return (
    <g data-series={series.key}>
      {runs.map((run) => {
        const points = run.indices.map(point);
        return (
          <path
            key={run.indices[0]}
            d={pathOf(points, run.closed)}
            fill={run.closed && style.fill ? style.fill : 'none'}
            fillOpacity={0.1}
            stroke={style.stroke}
            strokeWidth={style.width}
            strokeDasharray={style.dash}
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        );
      })}
      {style.marker
        ? series.values.map((value, index) =>
            value === null ? null : <Marker key={index} style={style} point={point(index)} />,
          )
        : null}
    </g>
  );
}

function LegendSample({ seriesKey }: { seriesKey: SeriesKey }) {
  const style = STYLES[seriesKey];
  return (
    <svg width={32} height={14} aria-hidden="true" focusable="false">
      <line
        x1={2}
        y1={7}
        x2={30}
        y2={7}
        stroke={style.stroke}
        strokeWidth={style.width}
        strokeDasharray={style.dash}
        strokeLinecap="round"
      />
      <Marker style={style} point={{ x: 16, y: 7 }} />
    </svg>
  );
}

function sectorPath(from: number, to: number): string {
  const start = axisPoint(from, 1, RADIUS, CENTER);
  const end = axisPoint(to, 1, RADIUS, CENTER);
  const large = to - from > 0.5 ? 1 : 0;
  return `M${CENTER.x},${CENTER.y} L${start.x.toFixed(1)},${start.y.toFixed(1)} A${RADIUS},${RADIUS} 0 ${large} 1 ${end.x.toFixed(1)},${end.y.toFixed(1)} Z`;
}

interface GrowthRadarProps {
  growth: PersonGrowthFieldsFragment;
  personName: string;
}

/** The quarter's ratings on every competency as a radar, with its data as a table on request. */
export function GrowthRadar({ growth, personName }: GrowthRadarProps) {
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  const model = radarModel(growth);
  const count = model.axes.length;
  const summary = radarSummary(model, growth, personName);

  // Areas as alternating sectors, so competencies of one area read as a group.
  const sectors: { areaKey: string; areaName: string; from: number; to: number }[] = [];
  model.axes.forEach((axis, index) => {
    const last = sectors[sectors.length - 1];
    if (last && last.areaKey === axis.areaKey) last.to = index;
    else sectors.push({ areaKey: axis.areaKey, areaName: axis.areaName, from: index, to: index });
  });

  return (
    <Stack gap="md">
      <svg
        className={classes.radar}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={summary}
        data-testid="growth-radar"
      >
        {sectors.map((sector, index) => (
          <path
            key={sector.areaKey}
            d={sectorPath((sector.from - 0.5) / count, (sector.to + 0.5) / count)}
            fill={index % 2 === 0 ? 'var(--mantine-color-gray-1)' : 'var(--mantine-color-white)'}
            stroke="var(--mantine-color-gray-4)"
            strokeWidth={1}
          />
        ))}
        {model.rings.map((ring) => (
          <path
            key={ring.position}
            d={pathOf(
              model.axes.map((_, i) =>
                axisPoint(i, count, positionRadius(ring.position, model.maxPosition, RADIUS), CENTER),
              ),
              true,
            )}
            fill="none"
            stroke="var(--mantine-color-gray-4)"
            strokeWidth={1}
          />
        ))}
        {model.axes.map((axis, index) => {
          const end = axisPoint(index, count, RADIUS, CENTER);
          return (
            <line
              key={axis.key}
              x1={CENTER.x}
              y1={CENTER.y}
              x2={end.x}
              y2={end.y}
              stroke="var(--mantine-color-gray-3)"
              strokeWidth={1}
            />
          );
        })}
        {DRAW_ORDER.map((key) => {
          const series = model.series.find((item) => item.key === key);
          return series ? (
            <SeriesShape key={key} series={series} count={count} maxPosition={model.maxPosition} />
          ) : null;
        })}
        {model.rings.map((ring) => {
          // Ring names sit between the first two axes, just inside their ring, clear of the axis labels.
          const at = axisPoint(0.5, count, positionRadius(ring.position, model.maxPosition, RADIUS), CENTER);
          return (
            <text key={ring.position} x={at.x + 3} y={at.y + 11} className={classes.radarRingLabel}>
              {ring.name}
            </text>
          );
        })}
        {model.axes.map((axis, index) => {
          const at = axisPoint(index, count, RADIUS + 14, CENTER);
          const dx = at.x - CENTER.x;
          const dy = at.y - CENTER.y;
          const anchor = Math.abs(dx) < 24 ? 'middle' : dx > 0 ? 'start' : 'end';
          const lines = wrapLabel(axis.name, 17);
          const lineHeight = 13;
          // Labels above the centre grow upwards, below it downwards; near the bottom, labels closer
          // to the vertical drop further, so that neighbours do not overlap.
          const drop = Math.max(0, (RADIUS * 0.45 - Math.abs(dx)) / (RADIUS * 0.45)) * 26;
          const top =
            dy < -RADIUS * 0.6
              ? at.y - (lines.length - 1) * lineHeight
              : dy > RADIUS * 0.6
                ? at.y + 8 + drop
                : at.y - ((lines.length - 1) * lineHeight) / 2 + 4;
          return (
            <text key={axis.key} x={at.x} y={top} textAnchor={anchor} className={classes.radarLabel}>
              {lines.map((line, i) => (
                <tspan key={i} x={at.x} dy={i === 0 ? 0 : lineHeight}>
                  {line}
                </tspan>
              ))}
            </text>
          );
        })}
      </svg>

      <Group justify="space-between" align="flex-start" gap="md">
        <ul className={classes.legend} aria-label="Legend">
          {model.series.map((series) => (
            <li key={series.key} className={classes.legendItem}>
              <LegendSample seriesKey={series.key} />
              <span>{series.key === 'self' ? `Self (${personName})` : series.label}</span>
            </li>
          ))}
          {growth.managerRatingsVisible ? null : (
            <li className={classes.legendItem}>
              <Text size="sm" c="dimmed">
                Manager ratings: not shared yet
              </Text>
            </li>
          )}
        </ul>
        <Button
          variant="subtle"
          size="xs"
          leftSection={showTable ? <IconTableOff size={14} aria-hidden /> : <IconTable size={14} aria-hidden />}
          aria-expanded={showTable}
          aria-controls={tableId}
          onClick={() => setShowTable((shown) => !shown)}
        >
          {showTable ? 'Hide the data table' : 'Show the data table'}
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        Rings are the rating scale, from {model.rings[0]?.name ?? 'the lowest rung'} in the centre outwards; shaded
        sectors group the competencies by area.
      </Text>

      <div id={tableId} hidden={!showTable}>
        {showTable ? (
          <ScrollArea type="auto" offsetScrollbars>
            <Table miw={720} striped>
              <caption style={{ textAlign: 'left', paddingBottom: 8 }}>
                <Text size="sm" fw={600} component="span">
                  Radar data: {personName}, {growth.quarter.label}
                </Text>
              </caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Area</Table.Th>
                  <Table.Th scope="col">Competency</Table.Th>
                  {model.series.map((series) => (
                    <Table.Th scope="col" key={series.key}>
                      {series.label}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {model.axes.map((axis, index) => (
                  <Table.Tr key={axis.key}>
                    <Table.Td>{axis.areaName}</Table.Td>
                    <Table.Th scope="row" fw={500}>
                      {axis.name}
                    </Table.Th>
                    {model.series.map((series) => (
                      <Table.Td key={series.key}>{series.names[index] ?? 'Not rated'}</Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        ) : null}
      </div>
    </Stack>
  );
}
