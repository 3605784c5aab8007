import type { AcceptStaffingEvidenceInput, StaffingEvidenceOfferFieldsFragment } from '@web/generated/graphql';
import type { FieldErrors } from '@web/shared/forms/useForm';
import { MAX_IMPACT, MAX_TAGS, MAX_TITLE } from './evidenceForm';

/** What an offer of staffing history becomes before it is accepted: its text and competencies. */
export interface StaffingOfferFormValues {
  title: string;
  impact: string;
  competencyKeys: string[];
}

export type StaffingOfferFormField = keyof StaffingOfferFormValues;

export function offerToFormValues(offer: StaffingEvidenceOfferFieldsFragment): StaffingOfferFormValues {
  return { title: offer.title, impact: '', competencyKeys: offer.competencies.map((c) => c.key) };
}

export function validateStaffingOffer(values: StaffingOfferFormValues): FieldErrors<StaffingOfferFormField> {
  const errors: FieldErrors<StaffingOfferFormField> = {};
  const title = values.title.trim();
  if (!title) errors.title = 'Enter a title.';
  else if ([...title].length > MAX_TITLE) errors.title = `Keep the title under ${MAX_TITLE} characters.`;
  if ([...values.impact].length > MAX_IMPACT) errors.impact = `Keep the impact under ${MAX_IMPACT} characters.`;
  if (values.competencyKeys.length === 0) errors.competencyKeys = 'Tag at least one competency the work showed.';
  else if (values.competencyKeys.length > MAX_TAGS) errors.competencyKeys = `Tag at most ${MAX_TAGS} competencies.`;
  return errors;
}

export function toAcceptInput(allocationId: string, values: StaffingOfferFormValues): AcceptStaffingEvidenceInput {
  return {
    allocationId,
    title: values.title.trim(),
    impact: values.impact.trim(),
    competencyKeys: values.competencyKeys,
  };
}

/** "From staffing: 2 pieces of work you could log as evidence" (or Sam could). */
export function offersHeadline(count: number, whoCould: string): string {
  return `From staffing: ${count === 1 ? '1 piece' : `${count} pieces`} of work ${whoCould} could log as evidence`;
}
