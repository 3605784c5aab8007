import { isIsoDate } from '@web/modules/goals/utils/dates';
import type { FieldErrors } from '@web/shared/forms/useForm';
import type { PersonDetailFragment, Track, UpdatePersonInput } from '@web/generated/graphql';

export interface PersonFormValues {
  name: string;
  title: string;
  level: string;
  track: Track;
  teamId: string | null;
  managerId: string | null;
  weeklyCapacityHours: number | string;
  /** ISO weekdays, 1 (Monday) to 7, as strings for the day chips. */
  workingDays: string[];
  startDate: string;
  active: boolean;
}

export type PersonFormField = keyof PersonFormValues;
export type PersonFormErrors = FieldErrors<PersonFormField>;

// The hours in a week; the API enforces the same ceiling.
export const MAX_WEEKLY_CAPACITY_HOURS = 168;

export function personToFormValues(person: PersonDetailFragment): PersonFormValues {
  return {
    name: person.name,
    title: person.title,
    // Only someone who edits the person opens the form, and they read the details.
    level: person.level ?? '',
    track: person.track,
    teamId: person.team?.id ?? null,
    managerId: person.manager?.id ?? null,
    weeklyCapacityHours: person.weeklyCapacityHours ?? '',
    workingDays: (person.workingDays ?? [1, 2, 3, 4, 5]).map(String),
    startDate: person.startDate ? person.startDate.slice(0, 10) : '',
    active: person.active,
  };
}

export function validatePersonForm(values: PersonFormValues, personId: string): PersonFormErrors {
  const errors: PersonFormErrors = {};
  if (!values.name.trim()) errors.name = 'Enter a name';
  else if (values.name.trim().length > 120) errors.name = 'Use at most 120 characters';

  if (!values.title.trim()) errors.title = 'Enter a title';
  else if (values.title.trim().length > 120) errors.title = 'Use at most 120 characters';

  if (!values.level.trim()) errors.level = 'Choose or enter a level';
  else if (values.level.trim().length > 60) errors.level = 'Use at most 60 characters';

  const hours = typeof values.weeklyCapacityHours === 'number' ? values.weeklyCapacityHours : Number.NaN;
  if (values.weeklyCapacityHours === '' || Number.isNaN(hours)) {
    errors.weeklyCapacityHours = 'Enter the weekly capacity in hours';
  } else if (hours < 0 || hours > MAX_WEEKLY_CAPACITY_HOURS) {
    errors.weeklyCapacityHours = `Enter a number of hours from 0 to ${MAX_WEEKLY_CAPACITY_HOURS}`;
  }

  if (values.workingDays.length === 0) errors.workingDays = 'Choose at least one working day';

  if (values.startDate && !isIsoDate(values.startDate)) errors.startDate = 'Enter a valid date';

  if (values.managerId && values.managerId === personId) errors.managerId = 'A person cannot be their own manager';
  return errors;
}

export function toUpdatePersonInput(values: PersonFormValues, version: number): UpdatePersonInput {
  return {
    version,
    name: values.name.trim(),
    title: values.title.trim(),
    level: values.level.trim(),
    track: values.track,
    teamId: values.teamId,
    managerId: values.managerId,
    weeklyCapacityHours: Number(values.weeklyCapacityHours),
    workingDays: values.workingDays.map(Number).sort((a, b) => a - b),
    startDate: values.startDate || null,
    active: values.active,
  };
}

export const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/** "Mon–Fri", "Mon–Thu", or "Mon, Wed, Fri": ISO weekdays as people read them. */
export function describeWorkingDays(days: readonly number[]): string {
  const sorted = [...days].sort((a, b) => a - b);
  if (sorted.length === 0) return '—';
  const contiguous = sorted.every((d, i) => i === 0 || d === sorted[i - 1] + 1);
  if (contiguous && sorted.length > 2) return `${WEEKDAYS[sorted[0] - 1]}–${WEEKDAYS[sorted[sorted.length - 1] - 1]}`;
  return sorted.map((d) => WEEKDAYS[d - 1]).join(', ');
}
