import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { IconArchive, IconArchiveOff, IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';

interface EditorItemActionsProps {
  /** Unique on the page: the buttons' ids are built from it, to keep the focus on them. */
  idPrefix: string;
  /** The item's name, for the buttons' labels ("Move Craft up"). */
  label: string;
  index: number;
  count: number;
  retired: boolean;
  /** Not saved yet: it can be removed outright instead of retired. */
  isNew: boolean;
  onMove: (by: -1 | 1) => void;
  onToggleRetired: () => void;
  onRemove: () => void;
}

/** Keeps the keyboard focus on the move button the admin pressed, though its row moved. */
function focusLater(id: string, fallbackId: string) {
  requestAnimationFrame(() => {
    const button = document.getElementById(id);
    const target = button && !button.hasAttribute('disabled') ? button : document.getElementById(fallbackId);
    target?.focus();
  });
}

/** Move up, move down, retire or restore, and (new items only) remove: one row's buttons. */
export function EditorItemActions({
  idPrefix,
  label,
  index,
  count,
  retired,
  isNew,
  onMove,
  onToggleRetired,
  onRemove,
}: EditorItemActionsProps) {
  const name = label.trim() || 'this item';
  const upId = `${idPrefix}-up`;
  const downId = `${idPrefix}-down`;
  const move = (by: -1 | 1) => {
    onMove(by);
    const nextIndex = index + by;
    if (by === -1) focusLater(nextIndex === 0 ? downId : upId, downId);
    else focusLater(nextIndex === count - 1 ? upId : downId, upId);
  };
  return (
    <Group gap={2} wrap="nowrap">
      <Tooltip label="Move up" openDelay={400}>
        <ActionIcon
          id={upId}
          variant="subtle"
          color="gray.8"
          aria-label={`Move ${name} up`}
          disabled={index === 0}
          onClick={() => move(-1)}
        >
          <IconArrowUp size={16} aria-hidden />
        </ActionIcon>
      </Tooltip>
      <Tooltip label="Move down" openDelay={400}>
        <ActionIcon
          id={downId}
          variant="subtle"
          color="gray.8"
          aria-label={`Move ${name} down`}
          disabled={index === count - 1}
          onClick={() => move(1)}
        >
          <IconArrowDown size={16} aria-hidden />
        </ActionIcon>
      </Tooltip>
      {isNew ? (
        <Tooltip label="Remove (not saved yet)" openDelay={400}>
          <ActionIcon variant="subtle" color="red.8" aria-label={`Remove ${name}`} onClick={onRemove}>
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Tooltip>
      ) : (
        <Tooltip label={retired ? 'Restore' : 'Retire (kept for history)'} openDelay={400}>
          <ActionIcon
            variant={retired ? 'light' : 'subtle'}
            color={retired ? 'orange.9' : 'gray.8'}
            aria-label={retired ? `Restore ${name}` : `Retire ${name}`}
            onClick={onToggleRetired}
          >
            {retired ? <IconArchiveOff size={16} aria-hidden /> : <IconArchive size={16} aria-hidden />}
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
  );
}
