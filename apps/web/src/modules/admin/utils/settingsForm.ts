import type { FieldErrors } from '@web/shared/forms/useForm';
import type {
  OrganizationWithSettingsFragment,
  OverAllocationRule,
  UpdateOrganizationSettingsInput,
} from '@web/generated/graphql';

export interface SettingsValues {
  fiscalQuarterStartMonth: string;
  defaultWeeklyCapacityHours: number | string;
  /** Shown in percent (0–100); the API stores a share (0–1). */
  targetDevelopmentPercent: number | string;
  /** Days without a check-in after which a goal counts as stale. */
  staleGoalDays: number | string;
  /** Whether a plan above 100% of someone's time is saved with a warning or refused. */
  overAllocation: OverAllocationRule;
  /** Shown in percent (0–100): below this share of capacity a person counts as idle. */
  idlePercent: number | string;
}

export type SettingsErrors = FieldErrors<keyof SettingsValues>;

export function settingsToValues(settings: OrganizationWithSettingsFragment['settings']): SettingsValues {
  return {
    fiscalQuarterStartMonth: String(settings.fiscalQuarterStartMonth),
    defaultWeeklyCapacityHours: settings.defaultWeeklyCapacityHours,
    // Rounded so 0.2 shows as 20, not 20.000000000000004.
    targetDevelopmentPercent: Math.round(settings.targetDevelopmentShare * 1000) / 10,
    staleGoalDays: settings.staleGoalDays,
    overAllocation: settings.overAllocation,
    idlePercent: Math.round(settings.idleBelow * 1000) / 10,
  };
}

export function validateSettings(values: SettingsValues): SettingsErrors {
  const errors: SettingsErrors = {};
  const month = Number(values.fiscalQuarterStartMonth);
  if (!Number.isInteger(month) || month < 1 || month > 12) errors.fiscalQuarterStartMonth = 'Choose a month';
  const hours = values.defaultWeeklyCapacityHours;
  if (typeof hours !== 'number' || Number.isNaN(hours)) errors.defaultWeeklyCapacityHours = 'Enter a number of hours';
  else if (hours <= 0 || hours > 168) errors.defaultWeeklyCapacityHours = 'Enter a number of hours from 1 to 168';
  const percent = values.targetDevelopmentPercent;
  if (typeof percent !== 'number' || Number.isNaN(percent)) errors.targetDevelopmentPercent = 'Enter a percentage';
  else if (percent < 0 || percent > 100) errors.targetDevelopmentPercent = 'Enter a percentage from 0 to 100';
  const days = values.staleGoalDays;
  if (typeof days !== 'number' || Number.isNaN(days)) errors.staleGoalDays = 'Enter a number of days';
  else if (!Number.isInteger(days) || days < 1 || days > 365) {
    errors.staleGoalDays = 'Enter a whole number of days from 1 to 365';
  }
  const idle = values.idlePercent;
  if (typeof idle !== 'number' || Number.isNaN(idle)) errors.idlePercent = 'Enter a percentage';
  else if (idle < 0 || idle > 100) errors.idlePercent = 'Enter a percentage from 0 to 100';
  return errors;
}

/** The input of a save, with the version the settings were read at. */
export function toSettingsInput(values: SettingsValues, version: number): UpdateOrganizationSettingsInput {
  return {
    version,
    fiscalQuarterStartMonth: Number(values.fiscalQuarterStartMonth),
    defaultWeeklyCapacityHours: Number(values.defaultWeeklyCapacityHours),
    targetDevelopmentShare: Math.round(Number(values.targetDevelopmentPercent) * 10) / 1000,
    staleGoalDays: Number(values.staleGoalDays),
    overAllocation: values.overAllocation,
    idleBelow: Math.round(Number(values.idlePercent) * 10) / 1000,
  };
}

export function toSettingsField(field: string): keyof SettingsValues | undefined {
  const last = field.split('.').pop();
  if (last === 'fiscalQuarterStartMonth' || last === 'defaultWeeklyCapacityHours' || last === 'staleGoalDays') {
    return last;
  }
  if (last === 'targetDevelopmentShare') return 'targetDevelopmentPercent';
  if (last === 'overAllocation') return 'overAllocation';
  if (last === 'idleBelow') return 'idlePercent';
  return undefined;
}
