import type {
  CreateEvidenceInput,
  EvidenceFieldsFragment,
  EvidenceKind,
  IncidentRole,
  IncidentSeverity,
  LearningFormat,
  UpdateEvidenceInput,
} from '@web/generated/graphql';
import { isIsoDate } from '@web/modules/goals/utils/dates';
import type { FieldErrors } from '@web/shared/forms/useForm';

export interface EvidenceFormValues {
  date: string;
  kind: EvidenceKind | null;
  title: string;
  link: string;
  impact: string;
  competencyKeys: string[];
  goalIds: string[];
  incidentRole: IncidentRole | null;
  incidentSeverity: IncidentSeverity | null;
  learningFormat: LearningFormat | null;
}

export type EvidenceFormField = keyof EvidenceFormValues;
export type EvidenceFormErrors = FieldErrors<EvidenceFormField>;

// The API's limits.
export const MAX_TITLE = 200;
export const MAX_LINK = 2000;
export const MAX_IMPACT = 4000;
export const MAX_TAGS = 10;

export function emptyEvidenceForm(today: string): EvidenceFormValues {
  return {
    date: today,
    kind: null,
    title: '',
    link: '',
    impact: '',
    competencyKeys: [],
    goalIds: [],
    incidentRole: null,
    incidentSeverity: null,
    learningFormat: null,
  };
}

export function evidenceToFormValues(entry: EvidenceFieldsFragment): EvidenceFormValues {
  return {
    date: entry.date,
    kind: entry.kind,
    title: entry.title,
    link: entry.link ?? '',
    impact: entry.impact,
    competencyKeys: entry.competencies.map((competency) => competency.key),
    goalIds: entry.goals.map((goal) => goal.id),
    incidentRole: entry.incidentRole ?? null,
    incidentSeverity: entry.incidentSeverity ?? null,
    learningFormat: entry.learningFormat ?? null,
  };
}

/** http(s) only, and a URL the browser can read; the API checks the same scheme. */
export function isWebLink(value: string): boolean {
  if (!/^https?:\/\/\S+$/i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

export function validateEvidenceForm(values: EvidenceFormValues, today: string): EvidenceFormErrors {
  const errors: EvidenceFormErrors = {};
  if (!values.date) errors.date = 'Enter the date of the work';
  else if (!isIsoDate(values.date)) errors.date = 'Enter a valid date';
  else if (values.date > today) errors.date = 'Evidence is of work done: the date cannot be in the future';

  if (!values.kind) errors.kind = 'Choose what kind of work it was';

  const title = values.title.trim();
  if (!title) errors.title = 'Enter a title';
  else if (title.length > MAX_TITLE) errors.title = `Use at most ${MAX_TITLE} characters`;

  const link = values.link.trim();
  if (link && (link.length > MAX_LINK || !isWebLink(link)))
    errors.link = 'Give a link that starts with http:// or https://';

  if (values.impact.trim().length > MAX_IMPACT) errors.impact = `Use at most ${MAX_IMPACT} characters`;
  if (values.competencyKeys.length > MAX_TAGS) errors.competencyKeys = `Choose at most ${MAX_TAGS} competencies`;
  if (values.goalIds.length > MAX_TAGS) errors.goalIds = `Link at most ${MAX_TAGS} goals`;

  if (values.kind === 'INCIDENT') {
    if (!values.incidentRole) errors.incidentRole = 'Say what role the person had in the incident';
    if (!values.incidentSeverity) errors.incidentSeverity = 'Give the severity of the incident';
  }
  if (values.kind === 'LEARNING' && !values.learningFormat)
    errors.learningFormat = 'Say whether it was a paper, a course or a conference';
  return errors;
}

function fields(values: EvidenceFormValues) {
  const incident = values.kind === 'INCIDENT';
  const learning = values.kind === 'LEARNING';
  return {
    date: values.date,
    kind: values.kind ?? 'OTHER',
    title: values.title.trim(),
    link: values.link.trim() || null,
    impact: values.impact.trim(),
    competencyKeys: values.competencyKeys,
    goalIds: values.goalIds,
    // Details of another kind stay in the form while the kind changes, but are not sent.
    incidentRole: incident ? values.incidentRole : null,
    incidentSeverity: incident ? values.incidentSeverity : null,
    learningFormat: learning ? values.learningFormat : null,
  };
}

export function toCreateEvidenceInput(values: EvidenceFormValues, personId: string): CreateEvidenceInput {
  return { personId, ...fields(values) };
}

export function toUpdateEvidenceInput(values: EvidenceFormValues, version: number): UpdateEvidenceInput {
  return { version, ...fields(values) };
}
