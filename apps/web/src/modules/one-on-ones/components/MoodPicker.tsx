import { Group, SegmentedControl, Stack, Text } from '@mantine/core';

export const MOOD_LABELS = ['Rough', 'Meh', 'Okay', 'Good', 'Great'] as const;

export const moodLabel = (mood: number | null | undefined): string =>
  mood ? `${mood} · ${MOOD_LABELS[mood - 1]}` : 'Not given';

interface MoodPickerProps {
  mood: number | null;
  /** Only the report (the partner) gives the mood; the other side sees it. */
  canSet: boolean;
  otherName: string;
  onChange: (mood: number | null) => Promise<unknown>;
}

/** How the report feels this week, 1 to 5, optional; visible to both sides. */
export function MoodPicker({ mood, canSet, otherName, onChange }: MoodPickerProps) {
  if (!canSet) {
    return (
      <Group gap="xs">
        <Text size="sm" fw={600}>
          {`${otherName}'s mood:`}
        </Text>
        <Text size="sm">{moodLabel(mood)}</Text>
      </Group>
    );
  }
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600} id="mood-label">
        How are you feeling this week? (optional, {otherName} sees it)
      </Text>
      <SegmentedControl
        aria-labelledby="mood-label"
        value={mood ? String(mood) : ''}
        onChange={(value) => void onChange(value ? Number(value) : null).catch(() => undefined)}
        data={[
          { value: '', label: 'Skip' },
          ...MOOD_LABELS.map((label, i) => ({ value: String(i + 1), label: `${i + 1} ${label}` })),
        ]}
        fullWidth
        size="xs"
      />
    </Stack>
  );
}
