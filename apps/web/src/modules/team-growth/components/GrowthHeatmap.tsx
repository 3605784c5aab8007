import { Badge, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { type KeyboardEvent, useId, useMemo, useRef, useState } from 'react';
import { RouterAnchor } from '@web/shared/components/RouterAnchor';
import {
  cellLabel,
  cellSymbol,
  gapClass,
  groupByArea,
  type HeatmapCellData,
  type HeatmapCompetency,
  type HeatmapRow,
} from '../utils/heatmapView';
import { personPath } from '@web/shared/routes';
import { ReadinessMeter } from './ReadinessMeter';
import classes from './GrowthHeatmap.module.css';

export interface HeatmapSelection {
  row: HeatmapRow;
  competency: HeatmapCompetency;
  cell: HeatmapCellData;
}

interface GrowthHeatmapProps {
  quarterLabel: string;
  competencies: HeatmapCompetency[];
  rows: HeatmapRow[];
  onSelect: (selection: HeatmapSelection) => void;
}

const moves: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/** A row's count, coloured when there is something to look at. */
function CountBadge({ count, color }: { count: number; color: 'orange' | 'grape' }) {
  return (
    <Badge
      variant={count > 0 ? 'light' : 'transparent'}
      color={count > 0 ? color : 'gray'}
      c={count > 0 ? `${color}.9` : 'gray.7'}
    >
      {count}
    </Badge>
  );
}

/**
 * People × competencies. The cells form one tab stop; the arrow keys, Home and End move
 * between them, so a keyboard user does not tab through hundreds of buttons.
 */
export function GrowthHeatmap({ quarterLabel, competencies, rows, onSelect }: GrowthHeatmapProps) {
  const areas = useMemo(() => groupByArea(competencies), [competencies]);
  const firstOfArea = useMemo(() => new Set(areas.map((area) => area.competencies[0]?.key)), [areas]);
  const [active, setActive] = useState<[number, number]>([0, 0]);
  const tableRef = useRef<HTMLTableElement>(null);
  const hintId = useId();
  const [activeRow, activeCol] = [Math.min(active[0], rows.length - 1), Math.min(active[1], competencies.length - 1)];

  const focusCell = (row: number, col: number) => {
    const target = tableRef.current?.querySelector<HTMLButtonElement>(`[data-cell="${row}:${col}"]`);
    if (target) {
      setActive([row, col]);
      target.focus();
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, row: number, col: number) => {
    const move = moves[event.key];
    let next: [number, number] | null = null;
    if (move) next = [row + move[0], col + move[1]];
    else if (event.key === 'Home') next = [event.ctrlKey ? 0 : row, 0];
    else if (event.key === 'End') next = [event.ctrlKey ? rows.length - 1 : row, competencies.length - 1];
    if (!next) return;
    event.preventDefault();
    const clamped: [number, number] = [
      Math.max(0, Math.min(rows.length - 1, next[0])),
      Math.max(0, Math.min(competencies.length - 1, next[1])),
    ];
    focusCell(...clamped);
  };

  return (
    <>
      <div className={classes.scroller}>
        <table className={classes.table} ref={tableRef} aria-describedby={hintId}>
          <caption>
            <VisuallyHidden>
              {`Competency heatmap, ${quarterLabel}: each person's rating of each competency against their level`}
            </VisuallyHidden>
          </caption>
          <colgroup>
            <col />
          </colgroup>
          <colgroup span={3} />
          {areas.map((area) => (
            <colgroup key={area.key} span={area.competencies.length} />
          ))}
          <thead>
            <tr>
              <th scope="col" rowSpan={2} className={classes.cornerHeader}>
                Person
              </th>
              {/* The summary first: readiness and the counts show without scrolling sideways. */}
              <th scope="col" rowSpan={2} className={classes.endHeader}>
                Readiness
              </th>
              <th scope="col" rowSpan={2} className={classes.endHeader}>
                Below level
              </th>
              <th scope="col" rowSpan={2} className={classes.endHeader}>
                {/* A soft hyphen: the narrow column breaks the word where it should. */}
                {'Disagree\u00ADments'}
              </th>
              {areas.map((area) => (
                <th
                  key={area.key}
                  scope="colgroup"
                  colSpan={area.competencies.length}
                  className={classes.areaHeader}
                  title={area.name}
                >
                  {area.name}
                </th>
              ))}
            </tr>
            <tr>
              {competencies.map((competency) => (
                <th
                  key={competency.key}
                  scope="col"
                  className={`${classes.competencyHeader} ${firstOfArea.has(competency.key) ? classes.firstOfArea : ''}`}
                  aria-label={`${competency.name} (${competency.areaName})`}
                >
                  <Tooltip label={`${competency.areaName}: ${competency.name}`} openDelay={200} withArrow>
                    <div className={classes.competencyName}>{competency.name}</div>
                  </Tooltip>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, rowIndex) => (
              <tr key={row.person.id} className={classes.row}>
                <th scope="row" className={classes.personCell}>
                  <RouterAnchor to={personPath(row.person.id, 'growth')} fw={600} size="sm" truncate="end">
                    {row.person.name}
                  </RouterAnchor>
                  <Text size="xs" c="dimmed" truncate="end">
                    {row.person.team ? `${row.person.level} · ${row.person.team.name}` : row.person.level}
                  </Text>
                </th>
                <td className={classes.readinessCell}>
                  <ReadinessMeter readiness={row.readiness} />
                </td>
                <td className={classes.endCell}>
                  <CountBadge count={row.belowCount} color="orange" />
                </td>
                <td className={classes.endCell}>
                  <CountBadge count={row.disagreementCount} color="grape" />
                </td>
                {competencies.map((competency, colIndex) => {
                  const cell = row.cells.find((item) => item.competencyKey === competency.key) ?? {
                    __typename: 'HeatmapCell' as const,
                    competencyKey: competency.key,
                    rating: null,
                    ratingName: null,
                    source: null,
                    gap: null,
                    disagreement: false,
                  };
                  const isActive = rowIndex === activeRow && colIndex === activeCol;
                  return (
                    <td
                      key={competency.key}
                      className={`${classes.gridCell} ${firstOfArea.has(competency.key) ? classes.firstOfArea : ''}`}
                    >
                      <button
                        type="button"
                        className={classes.cell}
                        data-gap={gapClass(cell)}
                        data-source={cell.source ?? undefined}
                        data-disagreement={cell.disagreement || undefined}
                        data-cell={`${rowIndex}:${colIndex}`}
                        tabIndex={isActive ? 0 : -1}
                        aria-label={cellLabel(row.person.name, row.person.level ?? '', competency.name, cell)}
                        aria-haspopup="dialog"
                        onFocus={() => setActive([rowIndex, colIndex])}
                        onKeyDown={(event) => onKeyDown(event, rowIndex, colIndex)}
                        onClick={() => onSelect({ row, competency, cell })}
                      >
                        <span aria-hidden>{cellSymbol(cell)}</span>
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Text id={hintId} size="xs" c="dimmed" mt="xs">
        Select a cell to see the ratings and evidence behind it. In the grid, the arrow keys move between cells.
      </Text>
    </>
  );
}
