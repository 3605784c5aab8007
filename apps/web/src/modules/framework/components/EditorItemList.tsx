import { Badge, Box, Group, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { EditorItemActions } from './EditorItemActions';
import { RetiredBadge } from './RetiredBadge';
import classes from './FrameworkEditor.module.css';

export interface EditorListItem {
  id: string;
  name: string;
  retired: boolean;
  isNew: boolean;
  /** Problems from the last save about this item (or anything in it). */
  problems: number;
}

interface EditorItemListProps {
  /** The list's accessible name, e.g. "Areas". */
  label: string;
  /** Unique on the page, for the buttons' ids. */
  idPrefix: string;
  items: readonly EditorListItem[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onMove: (id: string, by: -1 | 1) => void;
  onToggleRetired: (id: string) => void;
  onRemove: (id: string) => void;
}

/** Items to pick from, each with its move, retire and remove buttons. */
export function EditorItemList({
  label,
  idPrefix,
  items,
  selectedId,
  onSelect,
  onMove,
  onToggleRetired,
  onRemove,
}: EditorItemListProps) {
  return (
    <Box component="ul" aria-label={label} className={classes.list}>
      {items.map((item, index) => {
        const selected = item.id === selectedId;
        const name = item.name.trim() || 'Untitled';
        return (
          <li key={item.id} className={classes.row} data-selected={selected || undefined}>
            <UnstyledButton
              className={classes.select}
              aria-current={selected ? 'true' : undefined}
              onClick={() => onSelect(item.id)}
            >
              <Group gap={6} wrap="nowrap">
                <Text size="sm" fw={selected ? 600 : 400} truncate="end" c={item.retired ? 'dimmed' : undefined}>
                  {name}
                </Text>
                {item.retired ? <RetiredBadge /> : null}
                {item.isNew ? (
                  <Badge size="sm" variant="light" color="indigo.8">
                    New
                  </Badge>
                ) : null}
                {item.problems > 0 ? (
                  <>
                    <Badge size="sm" circle variant="filled" color="red.8" aria-hidden style={{ flexShrink: 0 }}>
                      {item.problems}
                    </Badge>
                    <VisuallyHidden>{item.problems === 1 ? '1 problem' : `${item.problems} problems`}</VisuallyHidden>
                  </>
                ) : null}
              </Group>
            </UnstyledButton>
            <EditorItemActions
              idPrefix={`${idPrefix}-${item.id}`}
              label={name}
              index={index}
              count={items.length}
              retired={item.retired}
              isNew={item.isNew}
              onMove={(by) => onMove(item.id, by)}
              onToggleRetired={() => onToggleRetired(item.id)}
              onRemove={() => onRemove(item.id)}
            />
          </li>
        );
      })}
    </Box>
  );
}
