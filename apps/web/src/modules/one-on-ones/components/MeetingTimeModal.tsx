import { Button, Group, Modal, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { ConflictAlert } from '@web/shared/components/ConflictAlert';
import { FormAlert } from '@web/shared/components/FormAlert';
import { getFieldErrors, getUserMessage, hasErrorCode } from '@web/shared/graphql/errors';
import { browserTimeZone } from '@web/shared/utils/timeZone';

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as the date and time fields show it: in the browser's own time zone. */
export function localFields(iso: string): { date: string; time: string } {
  const at = new Date(iso);
  return {
    date: `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`,
    time: `${pad(at.getHours())}:${pad(at.getMinutes())}`,
  };
}

/** The instant the fields mean, or null when either is missing or not a real date and time. */
export function instantOf(date: string, time: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const at = new Date(`${date}T${time}`);
  return Number.isNaN(at.getTime()) ? null : at;
}

interface Errors {
  date?: string;
  time?: string;
  duration?: string;
}

function validate(date: string, time: string, duration: number | string, now: Date): Errors {
  const errors: Errors = {};
  if (!date) errors.date = 'Choose a day.';
  if (!time) errors.time = 'Choose a time.';
  const at = instantOf(date, time);
  if (date && time && !at) errors.date = 'That is not a date and time.';
  else if (at && at.getTime() < now.getTime()) errors.date = 'Choose a time from now on.';
  if (typeof duration !== 'number' || duration < 5 || duration > 240)
    errors.duration = 'A meeting lasts 5 to 240 minutes.';
  return errors;
}

interface MeetingTimeProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  submitLabel: string;
  hint: string;
  initial: { scheduledAt: string | null; durationMinutes: number };
  loading: boolean;
  error: unknown;
  onSubmit: (scheduledAt: string, durationMinutes: number) => Promise<void>;
  onReload?: () => Promise<unknown>;
}

/**
 * When one meeting takes place: a day, a time (in the viewer's own time zone) and a length.
 * Moving a meeting and adding an extra one both use it; the caller sends the mutation and gets
 * back its error, shown here (a CONFLICT offers a reload).
 */
export function MeetingTimeModal({ opened, onClose, title, ...form }: MeetingTimeProps) {
  // The form is mounted only while open, so each opening starts from the meeting as it is now.
  return (
    <Modal opened={opened} onClose={onClose} title={title} closeOnClickOutside={false}>
      <MeetingTimeForm onClose={onClose} {...form} />
    </Modal>
  );
}

function MeetingTimeForm({
  onClose,
  submitLabel,
  hint,
  initial,
  loading,
  error,
  onSubmit,
  onReload,
}: Omit<MeetingTimeProps, 'opened' | 'title'>) {
  const start = initial.scheduledAt ? localFields(initial.scheduledAt) : { date: '', time: '' };
  const [date, setDate] = useState(start.date);
  const [time, setTime] = useState(start.time);
  const [duration, setDuration] = useState<number | string>(initial.durationMinutes);
  const [errors, setErrors] = useState<Errors>({});

  const apiErrors = getFieldErrors(error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validate(date, time, duration, new Date());
    setErrors(found);
    const at = instantOf(date, time);
    if (Object.keys(found).length > 0 || !at) {
      const first = found.date ? 'meeting-date' : found.time ? 'meeting-time' : 'meeting-length';
      document.getElementById(first)?.focus();
      return;
    }
    await onSubmit(at.toISOString(), Number(duration));
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm">
        {error && hasErrorCode(error, 'CONFLICT') && onReload ? (
          <ConflictAlert title="The meeting changed meanwhile" onReload={onReload}>
            {getUserMessage(error)}
          </ConflictAlert>
        ) : error ? (
          <FormAlert tone="error" title="Not saved">
            {getUserMessage(error)}
          </FormAlert>
        ) : null}
        <SimpleGrid cols={2} spacing="sm">
          <TextInput
            id="meeting-date"
            type="date"
            label="Day"
            required
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
            error={errors.date ?? apiErrors['scheduledAt']}
          />
          <TextInput
            id="meeting-time"
            type="time"
            label="Time"
            required
            value={time}
            onChange={(e) => setTime(e.currentTarget.value)}
            error={errors.time}
          />
        </SimpleGrid>
        <NumberInput
          id="meeting-length"
          label="Length in minutes"
          min={5}
          max={240}
          step={5}
          value={duration}
          onChange={setDuration}
          error={errors.duration ?? apiErrors['durationMinutes']}
        />
        <Text size="xs" c="dimmed">{`${hint} Times are in your time zone (${browserTimeZone()}).`}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Back
          </Button>
          <Button type="submit" loading={loading}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
