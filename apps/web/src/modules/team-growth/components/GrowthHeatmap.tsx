import { Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconChevronDown, IconChevronRight, IconEyeOff } from '@tabler/icons-react';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import {
  type CSSProperties,
  type KeyboardEvent,
  type ReactNode,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { RouterAnchor } from '@web/shared/components/RouterAnchor';
import { personPath } from '@web/shared/routes';
import {
  type HeatmapItem,
  type HeatmapSort,
  missingRatings,
  type SortColumn,
  type TeamGroup,
} from '../utils/heatmapGroups';
import {
  cellLabel,
  cellSymbol,
  gapClass,
  groupByArea,
  type HeatmapCellData,
  type HeatmapCompetency,
  type HeatmapRow,
} from '../utils/heatmapView';
import { ReadinessMeter } from './ReadinessMeter';
import classes from './GrowthHeatmap.module.css';

export interface HeatmapSelection {
  row: HeatmapRow;
  competency: HeatmapCompetency;
  cell: HeatmapCellData;
}

interface GrowthHeatmapProps {
  quarterLabel: string;
  /** The competency columns shown (after the filter). */
  competencies: HeatmapCompetency[];
  /** Every competency of the framework, for the missing-ratings counts. */
  competencyCount: number;
  items: HeatmapItem[];
  sort: HeatmapSort;
  onSort: (sort: HeatmapSort) => void;
  onToggleTeam: (teamKey: string) => void;
  onSelect: (selection: HeatmapSelection) => void;
}

const TEAM_ROW_HEIGHT = 44;
const PERSON_ROW_HEIGHT = 42;
const CELL_WIDTH = 27;
// Person and readiness narrow on a phone (see .grid in the CSS), so that some cells show before scrolling.
const LEADING = ['var(--heatmap-person)', 'var(--heatmap-readiness)', '56px', '72px'];
/** Up to this many lines, every row is drawn (nothing to gain from virtualising a few dozen). */
const DRAW_ALL_UP_TO = 150;
/** Header rows above the body, for aria-rowindex. */
const HEADER_ROWS = 1;

const moves: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

const emptyCell = (competencyKey: string): HeatmapCellData => ({
  __typename: 'HeatmapCell',
  competencyKey,
  rating: null,
  ratingName: null,
  source: null,
  gap: null,
  disagreement: false,
});

function ariaSort(sort: HeatmapSort, column: SortColumn): 'ascending' | 'descending' | 'none' {
  if (sort.column !== column) return 'none';
  return sort.descending ? 'descending' : 'ascending';
}

interface SortHeaderProps {
  column: SortColumn;
  sort: HeatmapSort;
  onSort: (sort: HeatmapSort) => void;
  /** The column's name, e.g. "System design (Architecture)". */
  label: string;
  className?: string;
  children: ReactNode;
  /** Numbers and gaps read best highest first. */
  firstDescending?: boolean;
}

function SortHeader({ column, sort, onSort, label, className, children, firstDescending = false }: SortHeaderProps) {
  const active = sort.column === column;
  return (
    <div role="columnheader" aria-label={label} aria-sort={ariaSort(sort, column)} className={className}>
      <UnstyledButton
        className={classes.sortButton}
        aria-label={`Sort by ${label}`}
        onClick={() => onSort({ column, descending: active ? !sort.descending : firstDescending })}
      >
        {children}
        {active ? (
          sort.descending ? (
            <IconArrowDown size={12} aria-hidden className={classes.sortIcon} />
          ) : (
            <IconArrowUp size={12} aria-hidden className={classes.sortIcon} />
          )
        ) : null}
      </UnstyledButton>
    </div>
  );
}

function Count({ value, tone }: { value: number; tone: 'below' | 'disagree' }) {
  return (
    <span className={classes.count} data-tone={value > 0 ? tone : undefined}>
      {value}
    </span>
  );
}

function TeamRow({
  group,
  collapsed,
  competencies,
  onToggle,
}: {
  group: TeamGroup;
  collapsed: boolean;
  competencies: HeatmapCompetency[];
  onToggle: () => void;
}) {
  const { rollup } = group;
  const readiness = rollup.readiness
    ? rollup.readiness.lowest.met === rollup.readiness.highest.met
      ? `${rollup.readiness.lowest.met}/${rollup.readiness.lowest.total}`
      : `${rollup.readiness.lowest.met}–${rollup.readiness.highest.met}/${rollup.readiness.highest.total}`
    : '—';
  const notes = [
    rollup.missing > 0 ? `${rollup.missing} missing` : 'All rated',
    rollup.unshared > 0 ? `${rollup.unshared} not shared` : null,
  ].filter(Boolean);
  return (
    <>
      <div role="rowheader" className={`${classes.personCell} ${classes.teamCell}`}>
        <UnstyledButton className={classes.teamToggle} aria-expanded={!collapsed} onClick={onToggle}>
          {collapsed ? <IconChevronRight size={16} aria-hidden /> : <IconChevronDown size={16} aria-hidden />}
          <span className={classes.teamName}>{group.name}</span>
          <span className={classes.teamMeta}>{`${rollup.people} ${rollup.people === 1 ? 'person' : 'people'}`}</span>
        </UnstyledButton>
        <Text size="xs" c="gray.7" truncate="end" className={classes.teamNotes}>
          {notes.join(' · ')}
        </Text>
      </div>
      <div role="gridcell" className={classes.summaryCell} aria-label={`Readiness from ${readiness}`}>
        <Text size="xs" fw={600}>
          {readiness}
        </Text>
      </div>
      <div role="gridcell" className={classes.summaryCell}>
        <Count value={rollup.below} tone="below" />
      </div>
      <div role="gridcell" className={classes.summaryCell}>
        <Count value={rollup.disagreements} tone="disagree" />
      </div>
      {competencies.map((competency) => {
        const below = rollup.belowBy[competency.key] ?? 0;
        return (
          <div
            key={competency.key}
            role="gridcell"
            className={classes.teamGridCell}
            aria-label={`${competency.name}: ${below} below their level`}
          >
            {below > 0 ? <span className={classes.teamBelow}>{below}</span> : null}
          </div>
        );
      })}
    </>
  );
}

/**
 * People × competencies, grouped by team with a roll-up row per team. The page scrolls
 * vertically (the rows are virtualised against the window); the grid scrolls sideways only when
 * it must, its header sticking under the app bar and the person column at the left. The cells
 * form one tab stop: the arrow keys, Home and End move between them.
 */
export function GrowthHeatmap({
  quarterLabel,
  competencies,
  competencyCount,
  items,
  sort,
  onSort,
  onToggleTeam,
  onSelect,
}: GrowthHeatmapProps) {
  const areas = useMemo(() => groupByArea(competencies), [competencies]);
  const firstOfArea = useMemo(() => new Set(areas.map((area) => area.competencies[0]?.key)), [areas]);
  const columns = `${LEADING.join(' ')} repeat(${competencies.length}, ${CELL_WIDTH}px)`;
  const headRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const [scrollMargin, setScrollMargin] = useState(0);

  // Person rows only: the arrow keys move among them, skipping the team rows.
  const personIndexes = useMemo(() => items.flatMap((item, index) => (item.kind === 'person' ? [index] : [])), [items]);
  const [active, setActive] = useState<[number, number]>([0, 0]);
  const [focusRequest, setFocusRequest] = useState<[number, number] | null>(null);
  const activePerson = Math.min(active[0], Math.max(personIndexes.length - 1, 0));
  const activeCol = Math.min(active[1], Math.max(competencies.length - 1, 0));

  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (body) setScrollMargin(body.getBoundingClientRect().top + window.scrollY);
  }, [items.length]);

  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: (index) => (items[index]?.kind === 'team' ? TEAM_ROW_HEIGHT : PERSON_ROW_HEIGHT),
    overscan: items.length <= DRAW_ALL_UP_TO ? items.length : 10,
    scrollMargin,
  });
  const virtualItems = virtualizer.getVirtualItems();

  useEffect(() => {
    if (!focusRequest) return;
    const target = bodyRef.current?.querySelector<HTMLButtonElement>(
      `[data-cell="${focusRequest[0]}:${focusRequest[1]}"]`,
    );
    if (target) {
      target.focus();
      setFocusRequest(null);
    }
  }, [focusRequest, virtualItems]);

  const moveTo = (person: number, col: number) => {
    const next: [number, number] = [
      Math.max(0, Math.min(personIndexes.length - 1, person)),
      Math.max(0, Math.min(competencies.length - 1, col)),
    ];
    setActive(next);
    virtualizer.scrollToIndex(personIndexes[next[0]] ?? 0, { align: 'auto' });
    setFocusRequest(next);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, person: number, col: number) => {
    const move = moves[event.key];
    if (move) moveTo(person + move[0], col + move[1]);
    else if (event.key === 'Home') moveTo(event.ctrlKey ? 0 : person, 0);
    else if (event.key === 'End') moveTo(event.ctrlKey ? personIndexes.length - 1 : person, competencies.length - 1);
    else if (event.key === 'PageDown') moveTo(person + 10, col);
    else if (event.key === 'PageUp') moveTo(person - 10, col);
    else return;
    event.preventDefault();
  };

  // The header and the body scroll sideways together; the header's scrollbar stays in view.
  const syncFrom = (source: 'head' | 'body') => {
    const from = source === 'head' ? headRef.current : bodyRef.current;
    const to = source === 'head' ? bodyRef.current : headRef.current;
    if (from && to && to.scrollLeft !== from.scrollLeft) to.scrollLeft = from.scrollLeft;
  };

  const rowStyle: CSSProperties = { gridTemplateColumns: columns };
  const personNumber = new Map(personIndexes.map((itemIndex, n) => [itemIndex, n]));
  // The tab stop is the active cell; when its row is scrolled out of the rendered range, the first rendered person's.
  const rendered = virtualItems.flatMap((virtual) => {
    const n = personNumber.get(virtual.index);
    return n === undefined ? [] : [n];
  });
  const tabPerson = rendered.includes(activePerson) ? activePerson : (rendered[0] ?? -1);
  const tabCol = tabPerson === activePerson ? activeCol : 0;

  return (
    <>
      <div
        role="grid"
        aria-label={`Competency heatmap, ${quarterLabel}`}
        aria-describedby={hintId}
        aria-rowcount={items.length + HEADER_ROWS}
        aria-colcount={LEADING.length + competencies.length}
        className={classes.grid}
      >
        <div className={classes.head} ref={headRef} onScroll={() => syncFrom('head')}>
          {/* The areas over their competencies; each competency's heading names its area for screen readers. */}
          <div className={classes.areaBand} style={rowStyle} aria-hidden>
            <span style={{ gridColumn: `1 / span ${LEADING.length}` }} />
            {areas.map((area) => (
              <span
                key={area.key}
                className={classes.areaBandCell}
                style={{ gridColumn: `span ${area.competencies.length}` }}
                title={area.name}
              >
                {area.name}
              </span>
            ))}
          </div>
          <div role="rowgroup">
            <div role="row" aria-rowindex={1} className={classes.headRow} style={rowStyle}>
              <SortHeader
                column="name"
                sort={sort}
                onSort={onSort}
                label="Person"
                className={`${classes.personCell} ${classes.headCell}`}
              >
                Person
              </SortHeader>
              <SortHeader
                column="readiness"
                sort={sort}
                onSort={onSort}
                label="Readiness"
                className={classes.headCell}
                firstDescending
              >
                Readiness
              </SortHeader>
              <SortHeader
                column="below"
                sort={sort}
                onSort={onSort}
                label="Below level"
                className={classes.headCell}
                firstDescending
              >
                Below level
              </SortHeader>
              <SortHeader
                column="disagreements"
                sort={sort}
                onSort={onSort}
                label="Disagreements"
                className={classes.headCell}
                firstDescending
              >
                {'Disagree\u00ADments'}
              </SortHeader>
              {competencies.map((competency) => (
                <SortHeader
                  key={competency.key}
                  column={`competency:${competency.key}`}
                  sort={sort}
                  onSort={onSort}
                  label={`${competency.name} (${competency.areaName})`}
                  className={`${classes.competencyHeader} ${firstOfArea.has(competency.key) ? classes.firstOfArea : ''}`}
                  firstDescending
                >
                  <Tooltip label={`${competency.areaName}: ${competency.name}`} openDelay={300} withArrow>
                    <span className={classes.competencyName}>{competency.name}</span>
                  </Tooltip>
                </SortHeader>
              ))}
            </div>
          </div>
        </div>

        <div className={classes.body} ref={bodyRef} onScroll={() => syncFrom('body')}>
          <div role="rowgroup" className={classes.rows} style={{ height: virtualizer.getTotalSize() }}>
            {virtualItems.map((virtual) => {
              const item = items[virtual.index];
              if (!item) return null;
              const position: CSSProperties = {
                ...rowStyle,
                transform: `translateY(${virtual.start - virtualizer.options.scrollMargin}px)`,
                height: virtual.size,
              };
              if (item.kind === 'team') {
                return (
                  <div
                    key={`team-${item.group.key}`}
                    role="row"
                    aria-rowindex={virtual.index + 1 + HEADER_ROWS}
                    className={classes.teamRow}
                    style={position}
                  >
                    <TeamRow
                      group={item.group}
                      collapsed={item.collapsed}
                      competencies={competencies}
                      onToggle={() => onToggleTeam(item.group.key)}
                    />
                  </div>
                );
              }
              const { row } = item;
              const person = personNumber.get(virtual.index) ?? 0;
              const missing = missingRatings(row, competencyCount);
              const level = row.person.level ?? '';
              return (
                <div
                  key={row.person.id}
                  role="row"
                  aria-rowindex={virtual.index + 1 + HEADER_ROWS}
                  className={classes.personRow}
                  style={position}
                >
                  <div role="rowheader" className={classes.personCell}>
                    <RouterAnchor to={personPath(row.person.id, 'growth')} fw={600} size="sm" truncate="end">
                      {row.person.name}
                    </RouterAnchor>
                    <Text size="xs" c="gray.7" className={classes.personMeta}>
                      <span className={classes.personMetaText}>
                        {[level, missing > 0 ? `${missing} to rate` : null].filter(Boolean).join(' · ')}
                      </span>
                      {row.managerRatedCount > 0 && !row.managerRatingsShared ? (
                        <span className={classes.unshared} title="Manager ratings not shared with them yet">
                          <IconEyeOff size={12} aria-hidden />
                          <span className={classes.visuallyHidden}>manager ratings not shared</span>
                        </span>
                      ) : null}
                    </Text>
                  </div>
                  <div role="gridcell" className={classes.summaryCell}>
                    <ReadinessMeter readiness={row.readiness} />
                  </div>
                  <div role="gridcell" className={classes.summaryCell}>
                    <Count value={row.belowCount} tone="below" />
                  </div>
                  <div role="gridcell" className={classes.summaryCell}>
                    <Count value={row.disagreementCount} tone="disagree" />
                  </div>
                  {competencies.map((competency, col) => {
                    const cell =
                      row.cells.find((candidate) => candidate.competencyKey === competency.key) ??
                      emptyCell(competency.key);
                    const isActive = person === tabPerson && col === tabCol;
                    return (
                      <div
                        key={competency.key}
                        role="gridcell"
                        className={`${classes.gridCell} ${firstOfArea.has(competency.key) ? classes.firstOfArea : ''}`}
                      >
                        <button
                          type="button"
                          className={classes.cell}
                          data-gap={gapClass(cell)}
                          data-source={cell.source ?? undefined}
                          data-disagreement={cell.disagreement || undefined}
                          data-cell={`${person}:${col}`}
                          tabIndex={isActive ? 0 : -1}
                          aria-label={cellLabel(row.person.name, level, competency.name, cell)}
                          aria-haspopup="dialog"
                          onFocus={() => setActive([person, col])}
                          onKeyDown={(event) => onKeyDown(event, person, col)}
                          onClick={() => onSelect({ row, competency, cell })}
                        >
                          <span aria-hidden>{cellSymbol(cell)}</span>
                        </button>
                      </div>
                    );
                  })}
                </div>
              );
            })}
          </div>
        </div>
      </div>
      <Text id={hintId} size="xs" c="dimmed">
        Select a cell to see the ratings and evidence behind it. In the grid, the arrow keys move between cells; a
        column heading sorts by it.
      </Text>
    </>
  );
}
