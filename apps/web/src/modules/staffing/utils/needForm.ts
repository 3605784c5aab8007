import type { FrameworkDetailFragment, ProjectNeedFieldsFragment, ProjectNeedInput } from '@web/generated/graphql';
import type { FieldErrors } from '@web/shared/forms/useForm';
import { checkDateRange } from './projectForm';

export interface NeedCompetencyRow {
  competencyKey: string;
  minLevelKey: string | null;
}

export interface NeedFormValues {
  role: string;
  percent: number | string;
  startDate: string;
  endDate: string;
  competencies: NeedCompetencyRow[];
}

/** Named fields, and `competencies.<index>.minLevelKey` for each competency's level. */
export type NeedFormField =
  'role' | 'percent' | 'startDate' | 'endDate' | 'competencies' | `competencies.${number}.minLevelKey`;

export const MAX_ROLE = 120;
export const MAX_NEED_COMPETENCIES = 30;

export const needFields = (values: NeedFormValues): NeedFormField[] => [
  'role',
  'percent',
  'startDate',
  'endDate',
  'competencies',
  ...values.competencies.map((_, index) => `competencies.${index}.minLevelKey` as const),
];

export function emptyNeedForm(project: { startDate: string; endDate: string }): NeedFormValues {
  return { role: '', percent: 50, startDate: project.startDate, endDate: project.endDate, competencies: [] };
}

export function needToFormValues(need: ProjectNeedFieldsFragment): NeedFormValues {
  return {
    role: need.role,
    percent: need.percent,
    startDate: need.startDate,
    endDate: need.endDate,
    competencies: need.competencies.map((item) => ({ competencyKey: item.key, minLevelKey: item.minLevelKey })),
  };
}

export function validateNeedForm(
  values: NeedFormValues,
  project: { startDate: string; endDate: string },
): FieldErrors<NeedFormField> {
  const errors: FieldErrors<NeedFormField> = {};
  const role = values.role.trim();
  if (!role) errors.role = 'Name the role';
  else if (role.length > MAX_ROLE) errors.role = `Use at most ${MAX_ROLE} characters`;
  const percent = typeof values.percent === 'number' ? values.percent : Number.NaN;
  if (values.percent === '') errors.percent = 'Enter the share of one person’s time it needs';
  else if (!Number.isInteger(percent) || percent < 1 || percent > 100)
    errors.percent = 'Enter a whole percentage from 1 to 100';
  const range = checkDateRange(values.startDate, values.endDate);
  Object.assign(errors, range);
  if (!range.startDate && values.startDate < project.startDate)
    errors.startDate = 'The need must start on or after the project starts';
  if (!range.endDate && values.endDate > project.endDate)
    errors.endDate = 'The need must end on or before the project ends';
  if (values.competencies.length > MAX_NEED_COMPETENCIES)
    errors.competencies = `Choose at most ${MAX_NEED_COMPETENCIES} competencies`;
  values.competencies.forEach((row, index) => {
    if (!row.minLevelKey) errors[`competencies.${index}.minLevelKey`] = 'Choose the lowest level that fills the need';
  });
  return errors;
}

export function toNeedInput(values: NeedFormValues): ProjectNeedInput {
  return {
    role: values.role.trim(),
    percent: Number(values.percent),
    startDate: values.startDate,
    endDate: values.endDate,
    competencies: values.competencies.map((row) => ({
      competencyKey: row.competencyKey,
      minLevelKey: row.minLevelKey ?? '',
    })),
  };
}

/** The API names "competencies[2].minLevelKey"; the form, "competencies.2.minLevelKey". */
export function toNeedFormField(field: string): NeedFormField | undefined {
  const row = /^competencies[.[](\d+)\]?\.(\w+)$/.exec(field);
  if (row) return row[2] === 'minLevelKey' ? `competencies.${Number(row[1])}.minLevelKey` : 'competencies';
  if (field.startsWith('competencies')) return 'competencies';
  return (['role', 'percent', 'startDate', 'endDate'] as const).find((name) => name === field);
}

export interface LevelOptionGroup {
  group: string;
  items: { value: string; label: string }[];
}

/** The framework's levels by track, most junior first; a level a need already asks for stays. */
export function levelOptions(
  framework: Pick<FrameworkDetailFragment, 'tracks'>,
  keptKeys: readonly string[] = [],
): LevelOptionGroup[] {
  const kept = new Set(keptKeys);
  return framework.tracks
    .map((track) => ({
      group: track.name,
      items: track.levels
        .filter((level) => !level.retired || kept.has(level.key))
        .map((level) => ({ value: level.key, label: level.retired ? `${level.name} (retired)` : level.name })),
    }))
    .filter((group) => group.items.length > 0);
}
