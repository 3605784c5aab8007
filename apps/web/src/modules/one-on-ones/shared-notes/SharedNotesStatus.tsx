import { Alert, Avatar, Badge, Group, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconLock, IconPlugConnected } from '@tabler/icons-react';
import { initialsOf, type NotesConnection, type Participant } from './notesConnection';

interface SharedNotesStatusProps {
  connection: NotesConnection;
  participants: Participant[];
}

const BADGE: Partial<Record<NotesConnection, { label: string; color: string }>> = {
  connecting: { label: 'Connecting…', color: 'gray.8' },
  connected: { label: 'Connected', color: 'teal.9' },
};

/**
 * The honest state of the live notes and who is in them. A dropped connection says that edits
 * are kept and will be sent (they are: the document lives in this browser until the server has
 * them); a refusal says the notes can no longer be edited here.
 */
export function SharedNotesStatus({ connection, participants }: SharedNotesStatusProps) {
  const badge = BADGE[connection];
  return (
    <>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Group gap={6} aria-label="In the note" role="group">
          {participants.length > 0 && (
            <Text size="sm" c="dimmed" component="span">
              In the note:
            </Text>
          )}
          {participants.map((p) => (
            <Tooltip key={p.name} label={p.self ? `${p.name} (you)` : p.name} withArrow>
              <Group gap={4} wrap="nowrap">
                <Avatar size="sm" radius="xl" variant="filled" color={p.colour} aria-hidden>
                  {initialsOf(p.name)}
                </Avatar>
                <Text size="sm" component="span">
                  {p.self ? `${p.name} (you)` : p.name}
                </Text>
              </Group>
            </Tooltip>
          ))}
        </Group>
        <div role="status" aria-live="polite" aria-label="Connection">
          {badge && (
            <Badge
              variant="outline"
              color={badge.color}
              leftSection={connection === 'connected' ? <IconPlugConnected size={12} aria-hidden /> : undefined}
            >
              {badge.label}
            </Badge>
          )}
        </div>
      </Group>
      {connection === 'reconnecting' && (
        <Alert color="yellow" icon={<IconAlertTriangle aria-hidden />} title="Reconnecting…" role="status">
          Your edits are kept and will be sent when the connection is back.
        </Alert>
      )}
      {connection === 'noAccess' && (
        <Alert color="red" icon={<IconLock aria-hidden />} title="You no longer have access" role="alert">
          Only the two people in this one-on-one can open its shared notes. What is on screen is no longer saved.
        </Alert>
      )}
      {connection === 'sessionEnded' && (
        <Alert color="red" icon={<IconLock aria-hidden />} title="You no longer have access" role="alert">
          Your session has ended. Sign in again to keep editing the shared notes.
        </Alert>
      )}
    </>
  );
}
