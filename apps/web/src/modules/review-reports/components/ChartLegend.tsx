import { Group, Text } from '@mantine/core';

export interface LegendItem {
  label: string;
  color: string;
  /** A box for bars, a line (dashed when given a dash) for lines and reference lines. */
  shape?: 'box' | 'line';
  dash?: string;
}

const cssColor = (color: string) => `var(--mantine-color-${color.replace('.', '-')})`;

/** A chart's legend as a list, so it reads as text and wraps on a phone. */
export function ChartLegend({ items, label = 'Legend' }: { items: LegendItem[]; label?: string }) {
  return (
    <Group gap="md" mt="xs" component="ul" aria-label={label} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {items.map((item) => (
        <Group key={item.label} gap={6} component="li" wrap="nowrap">
          {item.shape === 'line' ? (
            <svg width={22} height={8} aria-hidden>
              <line
                x1={0}
                y1={4}
                x2={22}
                y2={4}
                stroke={cssColor(item.color)}
                strokeWidth={2.5}
                strokeDasharray={item.dash}
              />
            </svg>
          ) : (
            <span aria-hidden style={{ width: 12, height: 12, borderRadius: 3, background: cssColor(item.color) }} />
          )}
          <Text size="sm">{item.label}</Text>
        </Group>
      ))}
    </Group>
  );
}
