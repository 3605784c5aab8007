import { useDraggable } from '@dnd-kit/core';
import { IconPlant2 } from '@tabler/icons-react';
import type { KeyboardEvent } from 'react';
import type { AllocationFieldsFragment } from '@web/generated/graphql';
import { kindLabels } from '../utils/kinds';
import { shortDate, type Span } from '../utils/timelineLayout';
import classes from './Timeline.module.css';

interface AllocationBarProps {
  allocation: AllocationFieldsFragment;
  span: Span;
  lane: number;
  weekWidth: number;
  /** Whether the viewer may move or resize it. */
  editable: boolean;
  onOpen: (allocation: AllocationFieldsFragment) => void;
}

/** How a scenario's change reads in a bar's name, and the mark drawn on it. */
const CHANGE_WORDS = {
  ADDED: 'added in this scenario',
  CHANGED: 'changed in this scenario',
  REMOVED: 'removed in this scenario',
} as const;
const CHANGE_MARKS = { ADDED: 'New', CHANGED: 'Changed', REMOVED: 'Removed' } as const;

export const LANE_TOP = 32;
export const LANE_HEIGHT = 26;

/** A bar for planned time: drag it to move it by weeks, drag its right edge to resize, open it to edit. */
export function AllocationBar({ allocation, span, lane, weekWidth, editable, onOpen }: AllocationBarProps) {
  const fixed = !editable || allocation.scenarioChange === 'REMOVED';
  const move = useDraggable({ id: `move:${allocation.id}`, data: { allocation, mode: 'move' }, disabled: fixed });
  const resize = useDraggable({
    id: `resize:${allocation.id}`,
    data: { allocation, mode: 'resize' },
    disabled: fixed,
  });
  const name = allocation.projectName ?? 'Development time';
  const tentative = allocation.status === 'TENTATIVE';
  const change = allocation.scenarioChange ?? null;
  const removed = change === 'REMOVED';
  const movable = editable && !removed;
  const stretch = allocation.stretchGoals.map((g) => g.title);
  const label = [
    `${name}, ${allocation.percent}%`,
    kindLabels[allocation.kind].toLowerCase(),
    tentative ? 'tentative' : null,
    `${shortDate(allocation.startDate, true)} to ${shortDate(allocation.endDate, true)}`,
    stretch.length ? `stretches toward ${stretch.join(', ')}` : null,
    change ? CHANGE_WORDS[change] : null,
  ]
    .filter(Boolean)
    .join(', ');
  const width = (span.last - span.first + 1) * weekWidth - 4 + (resize.transform?.x ?? 0);
  const { onKeyDown, ...listeners } = move.listeners ?? {};
  return (
    <button
      type="button"
      ref={move.setNodeRef}
      className={classes.bar}
      data-kind={allocation.kind}
      data-tentative={tentative || undefined}
      data-change={change ? change.toLowerCase() : undefined}
      data-draggable={movable || undefined}
      data-dragging={move.isDragging || resize.isDragging || undefined}
      data-continues-before={span.continuesBefore || undefined}
      data-continues-after={span.continuesAfter || undefined}
      style={{
        left: span.first * weekWidth + 2,
        top: LANE_TOP + lane * LANE_HEIGHT,
        width: Math.max(weekWidth / 2, width),
        transform: move.transform ? `translate3d(${move.transform.x}px, 0, 0)` : undefined,
      }}
      {...move.attributes}
      {...listeners}
      aria-roledescription={movable ? 'movable planned time' : 'planned time'}
      aria-label={label}
      title={label}
      onKeyDown={(event: KeyboardEvent<HTMLButtonElement>) => {
        onKeyDown?.(event);
        if (event.key === 'Enter') onOpen(allocation);
      }}
      onClick={() => onOpen(allocation)}
    >
      {stretch.length ? <IconPlant2 size={12} aria-hidden /> : null}
      {change ? (
        <span className={classes.changeMark} aria-hidden>
          {CHANGE_MARKS[change]}
        </span>
      ) : null}
      <span className={classes.barLabel}>
        {name} · {allocation.percent}%
      </span>
      {movable && !span.continuesAfter ? (
        <span
          ref={resize.setNodeRef}
          className={classes.resize}
          {...resize.listeners}
          aria-hidden
          onClick={(event) => event.stopPropagation()}
        />
      ) : null}
    </button>
  );
}
