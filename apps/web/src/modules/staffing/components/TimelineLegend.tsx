import { Group, Text } from '@mantine/core';
import type { CSSProperties } from 'react';
import classes from './Timeline.module.css';

const ITEMS: { label: string; style: CSSProperties }[] = [
  { label: 'Delivery', style: { background: 'var(--mantine-color-indigo-7)' } },
  { label: 'Development', style: { background: 'var(--mantine-color-teal-9)' } },
  { label: 'Support', style: { background: '#b8430e' } },
  {
    label: 'Tentative',
    style: {
      background:
        'repeating-linear-gradient(135deg, var(--mantine-color-indigo-1) 0 4px, var(--mantine-color-indigo-0) 4px 8px)',
      border: '1px dashed var(--mantine-color-indigo-7)',
    },
  },
  {
    label: 'Over 100%',
    style: { background: 'var(--mantine-color-red-0)', boxShadow: 'inset 0 -3px 0 var(--mantine-color-red-7)' },
  },
  { label: 'Idle (below the threshold)', style: { background: 'var(--mantine-color-yellow-1)' } },
  {
    label: 'Away',
    style: {
      background:
        'repeating-linear-gradient(135deg, var(--mantine-color-gray-3) 0 3px, var(--mantine-color-gray-0) 3px 6px)',
    },
  },
  { label: 'Open need', style: { border: '1px dashed var(--mantine-color-gray-6)' } },
];

/** What the colours and marks of the timeline mean. */
export function TimelineLegend() {
  return (
    <Group gap="md" wrap="wrap" component="ul" aria-label="Legend" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {ITEMS.map((item) => (
        <Group key={item.label} gap={6} component="li" wrap="nowrap">
          <span className={classes.swatch} style={item.style} aria-hidden />
          <Text size="xs">{item.label}</Text>
        </Group>
      ))}
    </Group>
  );
}
