import { Text } from '@mantine/core';

interface SharedNotesSlotProps {
  meetingId: string;
  viewerName: string;
  readOnly: boolean;
}

/** Where the live co-edited notes go on the meeting page. */
export function SharedNotesSlot(_props: SharedNotesSlotProps) {
  return (
    <Text size="sm" c="dimmed">
      Shared notes are loading…
    </Text>
  );
}
