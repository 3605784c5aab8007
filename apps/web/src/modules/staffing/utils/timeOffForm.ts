import type {
  CreateTimeOffInput,
  TimeOffCategory,
  TimeOffFieldsFragment,
  UpdateTimeOffInput,
} from '@web/generated/graphql';
import type { FieldErrors } from '@web/shared/forms/useForm';
import { checkDateRange } from './projectForm';

export interface TimeOffFormValues {
  startDate: string;
  endDate: string;
  percent: number | string;
  category: TimeOffCategory;
  note: string;
}

export type TimeOffFormField = keyof TimeOffFormValues;

export const TIME_OFF_FIELDS: readonly TimeOffFormField[] = ['startDate', 'endDate', 'percent', 'category', 'note'];

export const MAX_TIME_OFF_NOTE = 1000;

export function emptyTimeOffForm(): TimeOffFormValues {
  return { startDate: '', endDate: '', percent: 100, category: 'LEAVE', note: '' };
}

export function timeOffToFormValues(timeOff: TimeOffFieldsFragment): TimeOffFormValues {
  return {
    startDate: timeOff.startDate,
    endDate: timeOff.endDate,
    percent: timeOff.percent,
    category: timeOff.category,
    note: timeOff.note ?? '',
  };
}

export function validateTimeOffForm(values: TimeOffFormValues): FieldErrors<TimeOffFormField> {
  const errors: FieldErrors<TimeOffFormField> = { ...checkDateRange(values.startDate, values.endDate) };
  const percent = typeof values.percent === 'number' ? values.percent : Number.NaN;
  if (values.percent === '') errors.percent = 'Enter the share of each day taken off';
  else if (!Number.isInteger(percent) || percent < 1 || percent > 100)
    errors.percent = 'Enter a whole percentage from 1 to 100';
  if (values.note.trim().length > MAX_TIME_OFF_NOTE) errors.note = `Use at most ${MAX_TIME_OFF_NOTE} characters`;
  return errors;
}

export function toCreateTimeOffInput(values: TimeOffFormValues, personId: string): CreateTimeOffInput {
  return {
    personId,
    startDate: values.startDate,
    endDate: values.endDate,
    percent: Number(values.percent),
    category: values.category,
    note: values.note.trim(),
  };
}

/** The note is left out when the viewer cannot read it (an admin), so saving does not wipe it. */
export function toUpdateTimeOffInput(
  values: TimeOffFormValues,
  version: number,
  noteVisible: boolean,
): UpdateTimeOffInput {
  return {
    version,
    startDate: values.startDate,
    endDate: values.endDate,
    percent: Number(values.percent),
    category: values.category,
    ...(noteVisible ? { note: values.note.trim() } : {}),
  };
}
