import { ActionIcon, Badge, Button, Checkbox, Group, Select, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { formatDate } from '@web/shared/utils/format';

export interface ActionItemView {
  id: string;
  text: string;
  ownerId: string;
  ownerName: string;
  dueDate: string | null;
  done: boolean;
  overdue: boolean;
  /** "Agreed on 27 Nov" when it came from an earlier meeting. */
  carriedFrom: string | null;
}

export interface NewActionItem {
  text: string;
  ownerId: string;
  dueDate: string | null;
}

interface ActionItemsListProps {
  items: ActionItemView[];
  /** Who an item can be given to: the meeting's two participants. */
  owners: { id: string; name: string }[];
  editable: boolean;
  onToggle: (id: string, done: boolean) => Promise<unknown>;
  onRemove: (id: string) => Promise<unknown>;
  onAdd: (item: NewActionItem) => Promise<unknown>;
}

/**
 * What the two agreed to do: owner, due date, done. Open items move to the next meeting when this
 * one is completed, and overdue ones show on their owner's Home.
 */
export function ActionItemsList({ items, owners, editable, onToggle, onRemove, onAdd }: ActionItemsListProps) {
  return (
    <Stack gap="xs">
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          No action items yet.
        </Text>
      ) : (
        <Stack component="ul" gap={4} style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label="Action items">
          {items.map((item) => (
            <ActionItemRow key={item.id} item={item} editable={editable} onToggle={onToggle} onRemove={onRemove} />
          ))}
        </Stack>
      )}
      {editable ? <AddActionItemForm owners={owners} onAdd={onAdd} /> : null}
    </Stack>
  );
}

function ActionItemRow({
  item,
  editable,
  onToggle,
  onRemove,
}: {
  item: ActionItemView;
  editable: boolean;
  onToggle: ActionItemsListProps['onToggle'];
  onRemove: ActionItemsListProps['onRemove'];
}) {
  const [busy, setBusy] = useState(false);
  // Ticked at once; the saved meeting confirms it (or puts it back).
  const [done, setTicked] = useState(item.done);
  useEffect(() => setTicked(item.done), [item.done]);
  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await action();
    } catch {
      // The page reports the failure and reads the meeting again.
    } finally {
      setBusy(false);
    }
  };
  return (
    <Group component="li" gap="xs" wrap="nowrap" align="flex-start">
      <Checkbox
        mt={4}
        checked={done}
        disabled={!editable || busy}
        onChange={(event) => {
          const next = event.currentTarget.checked;
          setTicked(next);
          void run(() => onToggle(item.id, next));
        }}
        aria-label={`Done: ${item.text}`}
      />
      <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
        <Text size="sm" td={item.done ? 'line-through' : undefined} style={{ overflowWrap: 'anywhere' }}>
          {item.text}
        </Text>
        <Group gap={6}>
          <Text size="xs" c="dimmed">
            {item.ownerName}
            {item.dueDate ? ` · due ${formatDate(item.dueDate)}` : ''}
          </Text>
          {item.overdue && !item.done ? (
            <Badge size="xs" color="red.9" variant="outline">
              Overdue
            </Badge>
          ) : null}
          {item.carriedFrom ? (
            <Badge size="xs" variant="outline" color="grape.9" leftSection={<IconArrowBackUp size={10} aria-hidden />}>
              {item.carriedFrom}
            </Badge>
          ) : null}
        </Group>
      </Stack>
      {editable ? (
        <Tooltip label="Remove">
          <ActionIcon
            variant="subtle"
            color="gray.8"
            disabled={busy}
            onClick={() => void run(() => onRemove(item.id))}
            aria-label={`Remove: ${item.text}`}
          >
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Tooltip>
      ) : null}
    </Group>
  );
}

function AddActionItemForm({
  owners,
  onAdd,
}: {
  owners: ActionItemsListProps['owners'];
  onAdd: ActionItemsListProps['onAdd'];
}) {
  const [text, setText] = useState('');
  const [ownerId, setOwnerId] = useState<string | null>(owners[owners.length - 1]?.id ?? null);
  const [dueDate, setDueDate] = useState('');
  const [errors, setErrors] = useState<{ text?: string; owner?: string; form?: string }>({});
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const value = text.trim();
    const problems: typeof errors = {};
    if (!value) problems.text = 'Say what is to be done.';
    else if (value.length > 500) problems.text = 'Keep it under 500 characters.';
    if (!ownerId) problems.owner = 'Choose who does it.';
    setErrors(problems);
    if (problems.text || problems.owner || !ownerId) return;
    setSaving(true);
    try {
      await onAdd({ text: value, ownerId, dueDate: dueDate || null });
      setText('');
      setDueDate('');
    } catch {
      setErrors({ form: 'The action item could not be added. Please try again.' });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap={6}>
        <Group gap="xs" align="flex-start" wrap="wrap">
          <TextInput
            style={{ flex: '1 1 220px' }}
            label="New action item"
            placeholder="What is to be done?"
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            error={errors.text}
          />
          <Select
            w={170}
            label="Who"
            data={owners.map((o) => ({ value: o.id, label: o.name }))}
            value={ownerId}
            onChange={setOwnerId}
            error={errors.owner}
            allowDeselect={false}
          />
          <TextInput
            w={160}
            type="date"
            label="Due (optional)"
            value={dueDate}
            onChange={(event) => setDueDate(event.currentTarget.value)}
          />
        </Group>
        {errors.form ? (
          <Text size="sm" c="red.8" role="alert">
            {errors.form}
          </Text>
        ) : null}
        <Group>
          <Button type="submit" variant="default" loading={saving} leftSection={<IconPlus size={16} aria-hidden />}>
            Add action item
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
