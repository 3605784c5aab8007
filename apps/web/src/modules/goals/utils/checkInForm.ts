import type { CheckInConfidence, GoalCheckInInput, GoalFieldsFragment } from '@web/generated/graphql';
import { formatDate } from '@web/shared/utils/format';
import { isIsoDate } from './dates';
import type { FieldErrors } from '@web/shared/forms/useForm';

export interface CheckInFormValues {
  progress: number | string;
  confidence: CheckInConfidence;
  note: string;
  date: string;
}

export type CheckInFormField = keyof CheckInFormValues;
export type CheckInFormErrors = FieldErrors<CheckInFormField>;

export const MAX_NOTE = 2000;

/** Starts from where the last check-in left off. */
export function initialCheckIn(goal: Pick<GoalFieldsFragment, 'checkIns'>, today: string): CheckInFormValues {
  const latest = goal.checkIns[0];
  return { progress: latest?.progress ?? 0, confidence: latest?.confidence ?? 'ON_TRACK', note: '', date: today };
}

export function validateCheckIn(values: CheckInFormValues, today: string, startDate: string): CheckInFormErrors {
  const errors: CheckInFormErrors = {};
  const progress = typeof values.progress === 'number' ? values.progress : Number.NaN;
  if (values.progress === '' || Number.isNaN(progress)) errors.progress = 'Enter the progress, from 0 to 100';
  else if (!Number.isInteger(progress) || progress < 0 || progress > 100)
    errors.progress = 'Enter a whole number from 0 to 100';

  if (!values.date) errors.date = 'Enter the date of the check-in';
  else if (!isIsoDate(values.date)) errors.date = 'Enter a valid date';
  else if (values.date > today) errors.date = 'A check-in cannot be dated in the future';
  else if (values.date < startDate)
    errors.date = `The goal started on ${formatDate(startDate)}: pick that day or later`;

  if (values.note.trim().length > MAX_NOTE) errors.note = `Use at most ${MAX_NOTE} characters`;
  return errors;
}

export function toCheckInInput(values: CheckInFormValues): GoalCheckInInput {
  return {
    progress: Number(values.progress),
    confidence: values.confidence,
    note: values.note.trim(),
    date: values.date,
  };
}
