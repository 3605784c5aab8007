import { ActionIcon, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useRef, useState, type KeyboardEvent } from 'react';

export interface ToolbarAction {
  key: string;
  label: string;
  icon: ReactNode;
  active: boolean;
  run: () => void;
}

/**
 * A formatting toolbar as the WAI-ARIA toolbar pattern has it: one tab stop, arrow keys (and
 * Home/End) move between the buttons, each button says what it does and whether it is on.
 */
export function NotesToolbar({ actions, label = 'Formatting' }: { actions: ToolbarAction[]; label?: string }) {
  const [focused, setFocused] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  const move = (event: KeyboardEvent<HTMLDivElement>) => {
    const last = actions.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? (focused + 1) % actions.length
        : event.key === 'ArrowLeft'
          ? (focused - 1 + actions.length) % actions.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    setFocused(next);
    buttons.current[next]?.focus();
  };

  return (
    <Group gap={4} role="toolbar" aria-label={label} onKeyDown={move}>
      {actions.map((action, i) => (
        <ActionIcon
          key={action.key}
          ref={(el) => {
            buttons.current[i] = el;
          }}
          variant={action.active ? 'filled' : 'subtle'}
          color={action.active ? 'blue' : 'gray'}
          aria-label={action.label}
          aria-pressed={action.active}
          title={action.label}
          tabIndex={i === focused ? 0 : -1}
          onFocus={() => setFocused(i)}
          // Keeps the editor's selection: the click formats what was selected.
          onMouseDown={(event) => event.preventDefault()}
          onClick={action.run}
        >
          {action.icon}
        </ActionIcon>
      ))}
    </Group>
  );
}
