import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type KeyboardCoordinateGetter,
  type Modifier,
} from '@dnd-kit/core';
import { ActionIcon, Anchor, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { dayNumber } from '@trellis/domain';
import { type PointerEvent, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { AllocationFieldsFragment, StaffingTimelineQuery } from '@web/generated/graphql';
import { personPath, projectPath } from '@web/shared/routes';
import {
  packLanes,
  percent,
  rangeOfColumns,
  shortDate,
  spanOf,
  weekNumber,
  weekTone,
  type Span,
} from '../utils/timelineLayout';
import { weeksOfSeries, type WeekFigures } from '../utils/weekSeries';
import { AllocationBar, LANE_HEIGHT, LANE_TOP } from './AllocationBar';
import classes from './Timeline.module.css';

type Timeline = StaffingTimelineQuery['staffingTimeline'];
type Row = Timeline['rows'][number];

interface TimelineGridProps {
  timeline: Timeline;
  today: string;
  weekWidth: number;
  personWidth: number;
  /** The grid is wider than the page: it scrolls sideways on its own. */
  scrolls: boolean;
  onOpen: (allocation: AllocationFieldsFragment) => void;
  onPlan: (preset: { personId: string; startDate?: string; endDate?: string }) => void;
  /** A bar dropped `weeks` weeks away (move) or with its end moved (resize). */
  onShift: (allocation: AllocationFieldsFragment, mode: 'move' | 'resize', weeks: number) => void;
}

interface Laid<T> {
  item: T;
  span: Span;
  lane: number;
}

function lay<T>(
  items: readonly T[],
  range: (item: T) => [string, string],
  weeks: Timeline['weeks'],
): {
  laid: Laid<T>[];
  count: number;
} {
  const placed = items.flatMap((item) => {
    const span = spanOf(...range(item), weeks);
    return span ? [{ item, span }] : [];
  });
  const { lanes, count } = packLanes(placed);
  return { laid: lanes.map(({ item, span, lane }) => ({ item, span, lane })), count };
}

const rowHeight = (lanes: number) => LANE_TOP + Math.max(1, lanes) * LANE_HEIGHT + 6;

/** The people × weeks grid: a load strip per week, planned time as bars, open needs on top. */
export function TimelineGrid({
  timeline,
  today,
  weekWidth,
  personWidth,
  scrolls,
  onOpen,
  onPlan,
  onShift,
}: TimelineGridProps) {
  const weeks = timeline.weeks;
  const needs = useMemo(
    () => lay(timeline.openNeeds, (n) => [n.startDate, n.endDate], weeks),
    [timeline.openNeeds, weeks],
  );
  const rows = useMemo(
    () =>
      timeline.rows.map((row) => {
        const bars = lay(row.allocations, (a) => [a.startDate, a.endDate], weeks);
        const away = lay(row.timeOff, (t) => [t.startDate, t.endDate], weeks);
        const load = weeksOfSeries(
          row.load,
          weeks.map((w) => w.key),
        );
        // Time off sits in lanes below the work.
        return { row, load, bars, away, height: rowHeight(bars.count + away.count) };
      }),
    [timeline.rows, weeks],
  );
  const needsHeight = needs.count > 0 ? rowHeight(needs.count) : 0;
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    // Where the list starts on the page: the window scroll is measured from there.
    setScrollMargin(listRef.current ? listRef.current.getBoundingClientRect().top + window.scrollY : 0);
  }, [rows, needsHeight]);

  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: (index) => rows[index].height,
    overscan: 6,
    scrollMargin,
  });

  // Rows change height when their bars move between lanes: measure again.
  useLayoutEffect(() => {
    virtualizer.measure();
  }, [rows, virtualizer]);

  const snapToWeeks: Modifier = ({ transform }) => ({
    ...transform,
    x: Math.round(transform.x / weekWidth) * weekWidth,
    y: 0,
  });
  const byWeeks: KeyboardCoordinateGetter = (event, { currentCoordinates }) => {
    if (event.code === 'ArrowRight') return { ...currentCoordinates, x: currentCoordinates.x + weekWidth };
    if (event.code === 'ArrowLeft') return { ...currentCoordinates, x: currentCoordinates.x - weekWidth };
    return undefined;
  };
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter: byWeeks,
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space'] },
    }),
  );
  const onDragEnd = (event: DragEndEvent) => {
    const data = event.active.data.current as
      { allocation: AllocationFieldsFragment; mode: 'move' | 'resize' } | undefined;
    const moved = Math.round(event.delta.x / weekWidth);
    if (data && moved !== 0) onShift(data.allocation, data.mode, moved);
  };

  // Dragging across empty weeks of a plannable row asks for new time there.
  const [selection, setSelection] = useState<{ personId: string; from: number; to: number } | null>(null);
  const columnAt = (event: PointerEvent<HTMLElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    return Math.max(0, Math.min(weeks.length - 1, Math.floor((event.clientX - rect.left) / weekWidth)));
  };
  const todayOffset = (dayNumber(today) - dayNumber(weeks[0].monday)) / 7;
  const totalWidth = personWidth + weeks.length * weekWidth;

  return (
    <DndContext
      sensors={sensors}
      modifiers={[snapToWeeks]}
      onDragEnd={onDragEnd}
      accessibility={{
        screenReaderInstructions: {
          draggable:
            'To move planned time by weeks, press space, then the left and right arrow keys, and space again to drop it; escape cancels. Enter opens it to edit.',
        },
      }}
    >
      <div className={`${classes.frame} ${scrolls ? classes.scroller : ''}`}>
        <div
          className={classes.grid}
          role="table"
          aria-label="Planned time by person and week"
          aria-rowcount={rows.length + 1 + (needs.count > 0 ? 1 : 0)}
          style={{
            width: totalWidth,
            ['--person-col' as string]: `${personWidth}px`,
            ['--week-col' as string]: `${weekWidth}px`,
          }}
        >
          <div className={classes.header} role="row" aria-rowindex={1}>
            <div className={classes.personHead} role="columnheader">
              Person
            </div>
            <div className={classes.weekHeads} role="columnheader" aria-label="Weeks">
              {weeks.map((week, i) => {
                const current = todayOffset >= i && todayOffset < i + 1;
                const newMonth = i === 0 || week.monday.slice(5, 7) !== weeks[i - 1].monday.slice(5, 7);
                return (
                  <div key={week.key} className={classes.weekHead} data-current={current || undefined}>
                    <div>{weekNumber(week.key)}</div>
                    <div>{weekWidth >= 44 || newMonth ? shortDate(week.monday) : '\u00a0'}</div>
                  </div>
                );
              })}
            </div>
          </div>
          {needs.count > 0 ? (
            <div
              className={`${classes.row} ${classes.needsRow}`}
              role="row"
              aria-rowindex={2}
              style={{ position: 'relative', height: needsHeight }}
            >
              <div className={classes.person} role="rowheader">
                <span className={classes.personName}>Open needs</span>
                <span className={classes.personMeta}>Nobody is on these yet</span>
              </div>
              <div className={classes.track} role="cell" style={{ width: weeks.length * weekWidth }}>
                <div className={classes.strip} aria-hidden />
                {needs.laid.map(({ item, span, lane }) => (
                  <Anchor
                    key={item.id}
                    component={Link}
                    to={projectPath(item.projectId, item.id)}
                    className={classes.need}
                    style={{
                      left: span.first * weekWidth + 2,
                      top: LANE_TOP + lane * LANE_HEIGHT,
                      width: (span.last - span.first + 1) * weekWidth - 4,
                    }}
                  >
                    {item.projectName} · {item.role} · {item.openPercent}% open
                  </Anchor>
                ))}
              </div>
            </div>
          ) : null}
          <div ref={listRef} style={{ position: 'relative', height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((virtual) => {
              const { row, load, bars, away, height } = rows[virtual.index];
              return (
                <PersonRow
                  key={row.person.id}
                  row={row}
                  load={load}
                  bars={bars.laid}
                  away={away.laid}
                  awayLane={bars.count}
                  top={virtual.start - virtualizer.options.scrollMargin}
                  height={height}
                  rowIndex={virtual.index + 2 + (needs.count > 0 ? 1 : 0)}
                  weeks={weeks}
                  weekWidth={weekWidth}
                  todayOffset={todayOffset}
                  selection={selection?.personId === row.person.id ? selection : null}
                  onOpen={onOpen}
                  onPlan={onPlan}
                  onSelect={(event, phase) => {
                    if (!row.canAllocate) return;
                    const column = columnAt(event);
                    if (phase === 'start') {
                      if (event.button !== 0 || event.target !== event.currentTarget) return;
                      event.currentTarget.setPointerCapture(event.pointerId);
                      setSelection({ personId: row.person.id, from: column, to: column });
                    } else if (phase === 'move') {
                      setSelection((current) => (current ? { ...current, to: column } : current));
                    } else if (selection) {
                      const range = rangeOfColumns(weeks, selection.from, column);
                      setSelection(null);
                      onPlan({ personId: row.person.id, ...range });
                    }
                  }}
                />
              );
            })}
          </div>
        </div>
      </div>
    </DndContext>
  );
}

interface PersonRowProps {
  row: Row;
  /** The row's weeks, one object each. */
  load: WeekFigures[];
  bars: Laid<AllocationFieldsFragment>[];
  away: Laid<Row['timeOff'][number]>[];
  awayLane: number;
  top: number;
  height: number;
  rowIndex: number;
  weeks: Timeline['weeks'];
  weekWidth: number;
  todayOffset: number;
  selection: { from: number; to: number } | null;
  onOpen: (allocation: AllocationFieldsFragment) => void;
  onPlan: (preset: { personId: string }) => void;
  onSelect: (event: PointerEvent<HTMLDivElement>, phase: 'start' | 'move' | 'end') => void;
}

function PersonRow({
  row,
  load,
  bars,
  away,
  awayLane,
  top,
  height,
  rowIndex,
  weeks,
  weekWidth,
  todayOffset,
  selection,
  onOpen,
  onPlan,
  onSelect,
}: PersonRowProps) {
  const { person } = row;
  return (
    <div className={classes.row} role="row" aria-rowindex={rowIndex} style={{ top, height }}>
      <div className={classes.person} role="rowheader">
        <Anchor component={Link} to={personPath(person.id, 'time')} className={classes.personName}>
          {person.name}
        </Anchor>
        <span className={classes.personMeta}>
          {[person.title, person.teamName].filter(Boolean).join(' · ')}
          {person.workingDays.length < 5 ? ` · ${person.workingDays.length}-day week` : ''}
        </span>
        {row.canAllocate ? (
          <Tooltip label={`Plan time for ${person.name}`}>
            <ActionIcon
              size="sm"
              variant="subtle"
              aria-label={`Plan time for ${person.name}`}
              onClick={() => onPlan({ personId: person.id })}
            >
              <IconPlus size={14} aria-hidden />
            </ActionIcon>
          </Tooltip>
        ) : null}
      </div>
      <div
        className={classes.track}
        role="cell"
        data-plannable={row.canAllocate || undefined}
        style={{ width: weeks.length * weekWidth, height }}
        onPointerDown={(event) => onSelect(event, 'start')}
        onPointerMove={(event) => selection && onSelect(event, 'move')}
        onPointerUp={(event) => selection && onSelect(event, 'end')}
      >
        <div className={classes.strip}>
          {load.map((week) => {
            const tone = weekTone(week);
            const words =
              tone === 'off'
                ? 'no working days'
                : tone === 'away'
                  ? 'away'
                  : `${percent(week.allocatedShare)} planned${week.tentativeShare > 0 ? `, ${percent(week.tentativeShare)} tentative` : ''}${tone === 'over' ? ', over-allocated' : tone === 'idle' ? ', idle' : ''}`;
            return (
              <div
                key={week.week}
                className={classes.week}
                data-tone={tone}
                title={`${weekNumber(week.week)}: ${words}`}
              >
                <VisuallyHidden>{`${weekNumber(week.week)}: ${words}.`}</VisuallyHidden>
                <span aria-hidden>
                  {tone === 'away' ? 'Away' : tone === 'off' ? '—' : percent(week.allocatedShare)}
                </span>
                {tone !== 'away' && tone !== 'off' ? (
                  <span className={classes.load} aria-hidden>
                    <span
                      style={{
                        width: `${Math.min(100, week.deliveryShare * 100)}%`,
                        background: 'var(--mantine-color-indigo-7)',
                      }}
                    />
                    <span
                      style={{
                        width: `${Math.min(100, week.developmentShare * 100)}%`,
                        background: 'var(--mantine-color-teal-7)',
                      }}
                    />
                    <span
                      style={{
                        width: `${Math.min(100, week.supportShare * 100)}%`,
                        background: 'var(--mantine-color-orange-7)',
                      }}
                    />
                  </span>
                ) : null}
              </div>
            );
          })}
        </div>
        {todayOffset >= 0 && todayOffset < weeks.length ? (
          <span className={classes.today} style={{ left: todayOffset * weekWidth }} aria-hidden />
        ) : null}
        {selection ? (
          <span
            className={classes.selection}
            style={{
              left: Math.min(selection.from, selection.to) * weekWidth + 2,
              width: (Math.abs(selection.to - selection.from) + 1) * weekWidth - 4,
            }}
            aria-hidden
          />
        ) : null}
        {bars.map(({ item, span, lane }) => (
          <AllocationBar
            key={item.id}
            allocation={item}
            span={span}
            lane={lane}
            weekWidth={weekWidth}
            editable={row.canAllocate}
            onOpen={onOpen}
          />
        ))}
        {away.map(({ item, span, lane }) => (
          <span
            key={item.id}
            className={classes.timeOff}
            style={{
              left: span.first * weekWidth + 2,
              top: LANE_TOP + (awayLane + lane) * LANE_HEIGHT,
              width: (span.last - span.first + 1) * weekWidth - 4,
            }}
            title={`${item.category === 'LEAVE' ? 'Leave' : 'Away'} ${shortDate(item.startDate)} to ${shortDate(item.endDate)}${item.percent < 100 ? `, ${item.percent}% of each day` : ''}${item.note ? `: ${item.note}` : ''}`}
          >
            {item.category === 'LEAVE' ? 'Leave' : 'Away'}
            {item.percent < 100 ? ` ${item.percent}%` : ''}
            {(span.last - span.first + 1) * weekWidth >= 150
              ? ` · ${shortDate(item.startDate)}–${shortDate(item.endDate)}`
              : ''}
          </span>
        ))}
      </div>
    </div>
  );
}
