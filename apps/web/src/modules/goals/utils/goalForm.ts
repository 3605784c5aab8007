import type {
  CreateGoalInput,
  GoalFieldsFragment,
  GoalStatus,
  MilestoneInput,
  UpdateGoalInput,
} from '@web/generated/graphql';
import type { FieldErrors } from '@web/shared/forms/useForm';

export interface MilestoneRow {
  /** Stable across edits, for React and for error messages; not sent. */
  rowKey: string;
  /** The stored milestone, or null for a new one. */
  id: string | null;
  title: string;
  done: boolean;
}

export interface GoalFormValues {
  title: string;
  description: string;
  competencyKeys: string[];
  targetLevelKey: string | null;
  dueQuarter: string | null;
  status: GoalStatus;
  milestones: MilestoneRow[];
}

/** Named fields, and `milestones.<index>.title` for each milestone row. */
export type GoalFormField =
  | 'title'
  | 'description'
  | 'competencyKeys'
  | 'targetLevelKey'
  | 'dueQuarter'
  | 'status'
  | 'milestones'
  | `milestones.${number}.title`;

export type GoalFormErrors = FieldErrors<GoalFormField>;

// The API's limits.
export const MAX_TITLE = 200;
export const MAX_DESCRIPTION = 4000;
export const MAX_COMPETENCIES = 10;
export const MAX_MILESTONES = 20;

let rowCount = 0;
export function newMilestoneRow(title = ''): MilestoneRow {
  rowCount += 1;
  return { rowKey: `new-${rowCount}`, id: null, title, done: false };
}

export function emptyGoalForm(dueQuarter: string | null): GoalFormValues {
  return {
    title: '',
    description: '',
    competencyKeys: [],
    targetLevelKey: null,
    dueQuarter,
    status: 'ACTIVE',
    milestones: [],
  };
}

export function goalToFormValues(goal: GoalFieldsFragment): GoalFormValues {
  return {
    title: goal.title,
    description: goal.description,
    competencyKeys: goal.competencies.map((competency) => competency.key),
    targetLevelKey: goal.targetLevelKey ?? null,
    dueQuarter: goal.dueQuarter?.key ?? null,
    status: goal.status,
    milestones: goal.milestones.map((milestone) => ({
      rowKey: milestone.id,
      id: milestone.id,
      title: milestone.title,
      done: milestone.done,
    })),
  };
}

export function validateGoalForm(values: GoalFormValues): GoalFormErrors {
  const errors: GoalFormErrors = {};
  const title = values.title.trim();
  if (!title) errors.title = 'Enter a title';
  else if (title.length > MAX_TITLE) errors.title = `Use at most ${MAX_TITLE} characters`;
  if (values.description.trim().length > MAX_DESCRIPTION)
    errors.description = `Use at most ${MAX_DESCRIPTION} characters`;
  if (values.competencyKeys.length === 0) errors.competencyKeys = 'Choose at least one competency';
  else if (values.competencyKeys.length > MAX_COMPETENCIES)
    errors.competencyKeys = `Choose at most ${MAX_COMPETENCIES} competencies`;
  if (values.milestones.length > MAX_MILESTONES) errors.milestones = `Keep it to ${MAX_MILESTONES} milestones`;
  values.milestones.forEach((milestone, index) => {
    const text = milestone.title.trim();
    if (!text) errors[`milestones.${index}.title`] = 'Enter the milestone, or remove it';
    else if (text.length > MAX_TITLE) errors[`milestones.${index}.title`] = `Use at most ${MAX_TITLE} characters`;
  });
  return errors;
}

function milestoneInputs(values: GoalFormValues): MilestoneInput[] {
  return values.milestones.map((milestone) => ({
    ...(milestone.id ? { id: milestone.id } : {}),
    title: milestone.title.trim(),
    done: milestone.done,
  }));
}

export function toCreateGoalInput(values: GoalFormValues, personId: string): CreateGoalInput {
  return {
    personId,
    title: values.title.trim(),
    description: values.description.trim(),
    competencyKeys: values.competencyKeys,
    targetLevelKey: values.targetLevelKey,
    dueQuarter: values.dueQuarter,
    status: values.status,
    milestones: milestoneInputs(values),
  };
}

export function toUpdateGoalInput(values: GoalFormValues, version: number): UpdateGoalInput {
  return {
    version,
    title: values.title.trim(),
    description: values.description.trim(),
    competencyKeys: values.competencyKeys,
    targetLevelKey: values.targetLevelKey,
    dueQuarter: values.dueQuarter,
    status: values.status,
    milestones: milestoneInputs(values),
  };
}

const namedFields: readonly GoalFormField[] = [
  'title',
  'description',
  'competencyKeys',
  'targetLevelKey',
  'dueQuarter',
  'status',
];

/** The API's field ("title", "milestones.2.title", "milestones.2.id") as a form field. */
export function toGoalFormField(field: string): GoalFormField | undefined {
  const milestone = /^milestones\.(\d+)\./.exec(field);
  if (milestone) return `milestones.${Number(milestone[1])}.title`;
  if (field === 'milestones') return 'milestones';
  return namedFields.find((name) => name === field);
}
