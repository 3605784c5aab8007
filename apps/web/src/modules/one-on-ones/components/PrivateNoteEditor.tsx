import { Alert, Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { getUserMessage, hasErrorCode } from '@web/shared/graphql/errors';

/** Saved this long after the last keystroke. */
export const AUTOSAVE_MS = 1200;

export interface SavedNote {
  body: string;
  version: number;
}

interface PrivateNoteEditorProps {
  /** What is stored now (version 0: nothing yet). */
  note: SavedNote;
  /** Saves `body` over `version`; rejects with the API's error (CONFLICT when stale). */
  save: (body: string, version: number) => Promise<SavedNote>;
  /** Reads the stored note again (after a conflict). */
  reload: () => Promise<SavedNote>;
}

type State =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'conflict' }
  | { kind: 'error'; message: string };

/**
 * The viewer's private note on a meeting: theirs alone (not the other side's, not their
 * manager's, not an admin's). Saved as they type; a save over a version someone changed since
 * (the same person in another tab) is refused, never overwritten: they choose what to keep.
 */
export function PrivateNoteEditor({ note, save, reload }: PrivateNoteEditorProps) {
  const [body, setBody] = useState(note.body);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const stored = useRef<SavedNote>(note);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);

  const flush = async (text: string) => {
    if (text === stored.current.body) return;
    await inFlight.current;
    setState({ kind: 'saving' });
    const attempt = save(text, stored.current.version)
      .then((saved) => {
        stored.current = saved;
        setState({ kind: 'saved', at: new Date() });
      })
      .catch((error: unknown) => {
        if (hasErrorCode(error, 'CONFLICT')) setState({ kind: 'conflict' });
        else setState({ kind: 'error', message: getUserMessage(error, 'Your note could not be saved.') });
      });
    inFlight.current = attempt;
    await attempt;
  };

  useEffect(() => {
    if (state.kind === 'conflict') return undefined;
    if (body === stored.current.body) return undefined;
    timer.current = setTimeout(() => void flush(body), AUTOSAVE_MS);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
    // flush reads refs; re-arming on every keystroke is the point.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [body, state.kind]);

  const takeStored = async () => {
    const fresh = await reload();
    stored.current = fresh;
    setBody(fresh.body);
    setState({ kind: 'idle' });
  };
  const keepMine = async () => {
    const fresh = await reload();
    stored.current = fresh;
    setState({ kind: 'idle' });
    await flush(body);
  };

  return (
    <Stack gap="xs" component="section" aria-labelledby="private-note-title">
      <Group justify="space-between" gap="xs">
        <Group gap={6}>
          <IconLock size={16} aria-hidden />
          <Title order={3} size="h5" id="private-note-title">
            Your private notes
          </Title>
        </Group>
        <Text size="xs" c="dimmed" aria-live="polite">
          {state.kind === 'saving'
            ? 'Saving…'
            : state.kind === 'saved'
              ? 'Saved'
              : body !== stored.current.body && state.kind === 'idle'
                ? 'Not saved yet'
                : ''}
        </Text>
      </Group>
      <Textarea
        aria-labelledby="private-note-title"
        description="Only you can read these: not the other side, not your manager, not an admin."
        autosize
        minRows={3}
        maxRows={12}
        maxLength={20000}
        value={body}
        onChange={(event) => setBody(event.currentTarget.value)}
        onBlur={() => void flush(body)}
      />
      {state.kind === 'conflict' ? (
        <Alert color="orange" variant="light" role="alert" title="Your note changed somewhere else">
          <Stack gap="xs">
            <Text size="sm">
              It was saved from another window since you opened it. Nothing was overwritten: keep what is here, or take
              the saved version.
            </Text>
            <Group gap="xs">
              <Button size="xs" onClick={() => void keepMine()}>
                Keep what is here
              </Button>
              <Button size="xs" variant="default" onClick={() => void takeStored()}>
                Take the saved version
              </Button>
            </Group>
          </Stack>
        </Alert>
      ) : null}
      {state.kind === 'error' ? (
        <Alert color="red" variant="light" role="alert" title="Not saved">
          <Group gap="xs" justify="space-between">
            <Text size="sm">{state.message}</Text>
            <Button size="xs" variant="default" onClick={() => void flush(body)}>
              Try again
            </Button>
          </Group>
        </Alert>
      ) : null}
    </Stack>
  );
}
