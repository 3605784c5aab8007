import { Group, NumberInput, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useId } from 'react';
import type { OneOnOneCadence } from '@web/generated/graphql';
import { CADENCE_OPTIONS, WEEKDAY_OPTIONS } from '../utils/seriesForm';

/** When a series meets, as its forms edit it (weekday as the Select's string). */
export interface ScheduleValue {
  cadence: OneOnOneCadence;
  weekday: string;
  startTime: string;
  duration: number | string;
  timeZone: string;
}

/** The schedule as the API takes it. */
export const scheduleInput = (s: ScheduleValue) => ({
  cadence: s.cadence,
  weekday: Number(s.weekday),
  startTime: s.startTime,
  durationMinutes: Number(s.duration),
  timeZone: s.timeZone.trim(),
});

/** How often, day, time, length and time zone of a series: starting one and changing one. */
export function ScheduleFields({
  value,
  onChange,
  errors,
}: {
  value: ScheduleValue;
  onChange: (patch: Partial<ScheduleValue>) => void;
  /** The API's messages by input field. */
  errors: Record<string, string>;
}) {
  const cadenceLabel = useId();
  return (
    <>
      <Stack gap={4}>
        <Text size="sm" fw={500} id={cadenceLabel}>
          How often
        </Text>
        <SegmentedControl
          aria-labelledby={cadenceLabel}
          data={CADENCE_OPTIONS}
          value={value.cadence}
          onChange={(cadence) => onChange({ cadence: cadence as OneOnOneCadence })}
        />
      </Stack>
      <Group grow align="flex-start">
        <Select
          label="Day"
          data={WEEKDAY_OPTIONS}
          value={value.weekday}
          allowDeselect={false}
          onChange={(weekday) => weekday && onChange({ weekday })}
          error={errors.weekday}
        />
        <TextInput
          label="Time"
          type="time"
          value={value.startTime}
          onChange={(e) => onChange({ startTime: e.currentTarget.value })}
          error={errors.startTime}
          required
        />
        <NumberInput
          label="Minutes"
          value={value.duration}
          onChange={(duration) => onChange({ duration })}
          min={5}
          max={240}
          step={15}
          error={errors.durationMinutes}
        />
      </Group>
      <TextInput
        label="Time zone"
        description="Where the meeting takes place, e.g. Europe/Berlin"
        value={value.timeZone}
        onChange={(e) => onChange({ timeZone: e.currentTarget.value })}
        error={errors.timeZone}
      />
    </>
  );
}
