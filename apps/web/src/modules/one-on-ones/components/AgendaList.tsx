import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { ActionIcon, Badge, Button, Checkbox, Group, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconGripVertical, IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import classes from './AgendaList.module.css';

export interface AgendaPoint {
  id: string;
  text: string;
  authorName: string | null;
  discussed: boolean;
  /** "Carried over from 27 Nov" when the point moved here unresolved. */
  carriedFrom: string | null;
  tags: string[];
  /** The viewer wrote it (only the author edits or removes a point). */
  mine: boolean;
}

interface AgendaListProps {
  points: AgendaPoint[];
  /** False for a completed meeting: the agenda is a record then. */
  editable: boolean;
  onMove: (id: string, position: number) => Promise<unknown>;
  onToggle: (id: string, discussed: boolean) => Promise<unknown>;
  onRemove: (id: string) => Promise<unknown>;
  onAdd: (text: string) => Promise<unknown>;
}

const announcements = (points: AgendaPoint[]) => {
  const name = (id: string | number) => points.find((p) => p.id === id)?.text ?? 'the point';
  const place = (id: string | number | undefined) =>
    id === undefined ? '' : `${points.findIndex((p) => p.id === id) + 1}`;
  return {
    onDragStart: ({ active }: { active: { id: string | number } }) => `Picked up ${name(active.id)}.`,
    onDragOver: ({ active, over }: { active: { id: string | number }; over: { id: string | number } | null }) =>
      over ? `${name(active.id)} is now at place ${place(over.id)} of ${points.length}.` : '',
    onDragEnd: ({ active, over }: { active: { id: string | number }; over: { id: string | number } | null }) =>
      over ? `${name(active.id)} dropped at place ${place(over.id)}.` : `${name(active.id)} dropped.`,
    onDragCancel: ({ active }: { active: { id: string | number } }) => `Moving ${name(active.id)} was cancelled.`,
  };
};

/**
 * The meeting's shared agenda: points from both sides in the order agreed, reordered by dragging
 * the handle or with the keyboard (space to pick up, arrows to move, space to drop), ticked off
 * as discussed. Undiscussed points move to the next meeting when this one is completed.
 */
export function AgendaList({ points, editable, onMove, onToggle, onRemove, onAdd }: AgendaListProps) {
  const [order, setOrder] = useState(points);
  useEffect(() => setOrder(points), [points]);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = order.findIndex((p) => p.id === active.id);
    const to = order.findIndex((p) => p.id === over.id);
    setOrder(arrayMove(order, from, to));
    void onMove(String(active.id), to).catch(() => setOrder(points));
  };

  return (
    <Stack gap="xs">
      {order.length === 0 ? (
        <Text size="sm" c="dimmed">
          No talking points yet. Add what you want to talk about; the other side sees it too.
        </Text>
      ) : (
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={onDragEnd}
          accessibility={{
            announcements: announcements(order),
            screenReaderInstructions: {
              draggable:
                'To move a talking point, press space or enter, use the up and down arrows, then press space or enter to drop it, or escape to cancel.',
            },
          }}
        >
          <SortableContext items={order.map((p) => p.id)} strategy={verticalListSortingStrategy}>
            <ol className={classes.list} aria-label="Agenda">
              {order.map((point) => (
                <SortablePoint
                  key={point.id}
                  point={point}
                  editable={editable}
                  onToggle={onToggle}
                  onRemove={onRemove}
                />
              ))}
            </ol>
          </SortableContext>
        </DndContext>
      )}
      {editable ? <AddPointForm onAdd={onAdd} /> : null}
    </Stack>
  );
}

function SortablePoint({
  point,
  editable,
  onToggle,
  onRemove,
}: {
  point: AgendaPoint;
  editable: boolean;
  onToggle: AgendaListProps['onToggle'];
  onRemove: AgendaListProps['onRemove'];
}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: point.id,
    disabled: !editable,
  });
  const [busy, setBusy] = useState(false);
  // Ticked at once; the saved meeting confirms it (or puts it back).
  const [discussed, setTicked] = useState(point.discussed);
  useEffect(() => setTicked(point.discussed), [point.discussed]);
  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await action();
    } catch {
      // The page shows what went wrong and reads the agenda again.
    } finally {
      setBusy(false);
    }
  };
  return (
    <li
      ref={setNodeRef}
      className={classes.point}
      data-dragging={isDragging || undefined}
      data-discussed={point.discussed || undefined}
      style={{ transform: CSS.Transform.toString(transform), transition }}
    >
      <Group gap="xs" wrap="nowrap" align="flex-start">
        {editable ? (
          <ActionIcon
            ref={setActivatorNodeRef}
            variant="subtle"
            color="gray.8"
            className={classes.handle}
            aria-label={`Move: ${point.text}`}
            {...attributes}
            {...listeners}
          >
            <IconGripVertical size={16} aria-hidden />
          </ActionIcon>
        ) : null}
        <Checkbox
          mt={4}
          checked={discussed}
          disabled={!editable || busy}
          onChange={(event) => {
            const next = event.currentTarget.checked;
            setTicked(next);
            void run(() => onToggle(point.id, next));
          }}
          aria-label={`Discussed: ${point.text}`}
        />
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Text size="sm" td={point.discussed ? 'line-through' : undefined} style={{ overflowWrap: 'anywhere' }}>
            {point.text}
          </Text>
          <Group gap={6}>
            <Text size="xs" c="dimmed">
              {point.authorName ?? 'Someone who left'}
            </Text>
            {point.carriedFrom ? (
              <Badge
                size="xs"
                variant="outline"
                color="grape.9"
                leftSection={<IconArrowBackUp size={10} aria-hidden />}
              >
                {point.carriedFrom}
              </Badge>
            ) : null}
            {point.tags.map((tag) => (
              <Badge key={tag} size="xs" variant="outline" color="gray.8">
                {tag}
              </Badge>
            ))}
          </Group>
        </Stack>
        {editable && point.mine ? (
          <Tooltip label="Remove">
            <ActionIcon
              variant="subtle"
              color="gray.8"
              disabled={busy}
              onClick={() => void run(() => onRemove(point.id))}
              aria-label={`Remove: ${point.text}`}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Tooltip>
        ) : null}
      </Group>
    </li>
  );
}

function AddPointForm({ onAdd }: { onAdd: AgendaListProps['onAdd'] }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const value = text.trim();
    if (!value) {
      setError('Write the point first.');
      return;
    }
    if (value.length > 500) {
      setError('Keep a point under 500 characters; details go in the notes.');
      return;
    }
    setSaving(true);
    try {
      await onAdd(value);
      setText('');
      setError(null);
    } catch {
      setError('The point could not be added. Please try again.');
    } finally {
      setSaving(false);
    }
  };
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Group gap="xs" align="flex-start" wrap="nowrap">
        <TextInput
          style={{ flex: 1 }}
          label="Add a talking point"
          labelProps={{ className: classes.srOnly }}
          placeholder="Add a talking point…"
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          error={error}
        />
        <Button type="submit" variant="default" loading={saving} leftSection={<IconPlus size={16} aria-hidden />}>
          Add
        </Button>
      </Group>
    </form>
  );
}
