import type {
  AllocationFieldsFragment,
  AllocationStatus,
  CreateAllocationInput,
  UpdateAllocationInput,
  WorkKind,
} from '@web/generated/graphql';
import { isIsoDate } from '@web/modules/goals/utils/dates';

/** Development time without a project is chosen as this "project". */
export const NO_PROJECT = 'none';

export interface AllocationFormValues {
  personId: string;
  projectId: string;
  needId: string | null;
  kind: WorkKind | null;
  percent: number | string;
  startDate: string;
  endDate: string;
  status: AllocationStatus;
  note: string;
  goalIds: string[];
}

export type AllocationFormField =
  'personId' | 'projectId' | 'needId' | 'kind' | 'percent' | 'startDate' | 'endDate' | 'note' | 'goalIds';

export const ALLOCATION_FIELDS: AllocationFormField[] = [
  'personId',
  'projectId',
  'needId',
  'kind',
  'percent',
  'startDate',
  'endDate',
  'note',
  'goalIds',
];

export function initialAllocation(
  existing: AllocationFieldsFragment | null,
  preset: Partial<AllocationFormValues> = {},
): AllocationFormValues {
  if (existing) {
    return {
      personId: existing.personId,
      projectId: existing.projectId ?? NO_PROJECT,
      needId: existing.needId,
      kind: existing.kind,
      percent: existing.percent,
      startDate: existing.startDate,
      endDate: existing.endDate,
      status: existing.status,
      note: existing.note,
      goalIds: existing.stretchGoals.map((g) => g.id),
    };
  }
  return {
    personId: '',
    projectId: '',
    needId: null,
    kind: null,
    percent: 20,
    startDate: '',
    endDate: '',
    status: 'CONFIRMED',
    note: '',
    goalIds: [],
    ...preset,
  };
}

export function validateAllocation(values: AllocationFormValues): Partial<Record<AllocationFormField, string>> {
  const errors: Partial<Record<AllocationFormField, string>> = {};
  if (!values.personId) errors.personId = 'Choose whose time this is.';
  if (!values.projectId) errors.projectId = 'Choose a project, or development time.';
  if (values.projectId === NO_PROJECT && values.kind && values.kind !== 'DEVELOPMENT') {
    errors.kind = 'Time without a project is development time.';
  }
  const share = typeof values.percent === 'number' ? values.percent : Number.NaN;
  if (!Number.isInteger(share) || share < 1 || share > 100) errors.percent = 'Give a share between 1% and 100%.';
  if (!isIsoDate(values.startDate)) errors.startDate = 'Give the first day, like 2026-03-02.';
  if (!isIsoDate(values.endDate)) errors.endDate = 'Give the last day, like 2026-03-27.';
  else if (!errors.startDate && values.endDate < values.startDate) errors.endDate = 'The last day is before the first.';
  if (values.note.length > 1000) errors.note = 'Keep the note under 1,000 characters.';
  return errors;
}

const projectOf = (values: AllocationFormValues) => (values.projectId === NO_PROJECT ? null : values.projectId);

export function toCreateInput(values: AllocationFormValues, withGoals: boolean): CreateAllocationInput {
  return {
    personId: values.personId,
    projectId: projectOf(values),
    needId: values.needId,
    kind: values.kind,
    percent: Number(values.percent),
    startDate: values.startDate,
    endDate: values.endDate,
    status: values.status,
    note: values.note.trim(),
    goalIds: withGoals ? values.goalIds : [],
  };
}

export function toUpdateInput(
  values: AllocationFormValues,
  version: number,
  withGoals: boolean,
): UpdateAllocationInput {
  return {
    version,
    projectId: projectOf(values),
    needId: values.needId,
    kind: values.kind ?? undefined,
    percent: Number(values.percent),
    startDate: values.startDate,
    endDate: values.endDate,
    status: values.status,
    note: values.note.trim(),
    ...(withGoals ? { goalIds: values.goalIds } : {}),
  };
}

/** The API names goal links `goalIds[0]`: they belong to the goals field. */
export function toAllocationField(apiField: string): AllocationFormField | undefined {
  const name = apiField.split(/[.[]/)[0];
  return (ALLOCATION_FIELDS as string[]).includes(name) ? (name as AllocationFormField) : undefined;
}
