import type {
  CreateProjectInput,
  ProjectFieldsFragment,
  ProjectStatus,
  UpdateProjectInput,
  WorkKind,
} from '@web/generated/graphql';
import type { FieldErrors } from '@web/shared/forms/useForm';
import { isIsoDate } from '@web/modules/goals/utils/dates';

export interface ProjectFormValues {
  name: string;
  kind: WorkKind | null;
  status: ProjectStatus;
  priority: string;
  startDate: string;
  endDate: string;
  teamId: string | null;
  description: string;
}

export type ProjectFormField = keyof ProjectFormValues;

export const PROJECT_FIELDS: readonly ProjectFormField[] = [
  'name',
  'kind',
  'status',
  'priority',
  'teamId',
  'startDate',
  'endDate',
  'description',
];

// The API's limits.
export const MAX_PROJECT_NAME = 120;
export const MAX_PROJECT_DESCRIPTION = 4000;
/** A plan reaches at most two years (the API's MAX_RANGE_DAYS). */
export const MAX_RANGE_DAYS = 2 * 366;

export function emptyProjectForm(teamId: string | null = null): ProjectFormValues {
  return {
    name: '',
    kind: null,
    status: 'PROPOSED',
    priority: '2',
    startDate: '',
    endDate: '',
    teamId,
    description: '',
  };
}

export function projectToFormValues(project: ProjectFieldsFragment): ProjectFormValues {
  return {
    name: project.name,
    kind: project.kind,
    status: project.status,
    priority: String(project.priority),
    startDate: project.startDate,
    endDate: project.endDate,
    teamId: project.teamId ?? null,
    description: project.description,
  };
}

function daysApart(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Start and end of a date range, both required, the end on or after the start, within two years. */
export function checkDateRange(startDate: string, endDate: string): { startDate?: string; endDate?: string } {
  const errors: { startDate?: string; endDate?: string } = {};
  if (!startDate) errors.startDate = 'Enter a start date';
  else if (!isIsoDate(startDate)) errors.startDate = 'Enter a real date';
  if (!endDate) errors.endDate = 'Enter an end date';
  else if (!isIsoDate(endDate)) errors.endDate = 'Enter a real date';
  if (!errors.startDate && !errors.endDate) {
    if (endDate < startDate) errors.endDate = 'The end date must be on or after the start date';
    else if (daysApart(startDate, endDate) > MAX_RANGE_DAYS)
      errors.endDate = 'Keep it within two years: plan a shorter range and extend it later';
  }
  return errors;
}

export function validateProjectForm(values: ProjectFormValues): FieldErrors<ProjectFormField> {
  const errors: FieldErrors<ProjectFormField> = {};
  const name = values.name.trim();
  if (!name) errors.name = 'Enter a name';
  else if (name.length > MAX_PROJECT_NAME) errors.name = `Use at most ${MAX_PROJECT_NAME} characters`;
  if (!values.kind) errors.kind = 'Choose what kind of work it is';
  Object.assign(errors, checkDateRange(values.startDate, values.endDate));
  if (values.description.trim().length > MAX_PROJECT_DESCRIPTION)
    errors.description = `Use at most ${MAX_PROJECT_DESCRIPTION} characters`;
  return errors;
}

export function toCreateProjectInput(values: ProjectFormValues): CreateProjectInput {
  return {
    name: values.name.trim(),
    kind: values.kind ?? 'DELIVERY',
    status: values.status,
    priority: Number(values.priority),
    startDate: values.startDate,
    endDate: values.endDate,
    teamId: values.teamId,
    description: values.description.trim(),
  };
}

export function toUpdateProjectInput(values: ProjectFormValues, version: number): UpdateProjectInput {
  return { version, ...toCreateProjectInput(values) };
}
