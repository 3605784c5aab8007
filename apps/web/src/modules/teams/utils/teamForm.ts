import type { FieldErrors } from '@web/shared/forms/useForm';

export interface TeamFormValues {
  name: string;
  leadId: string | null;
  parentId: string | null;
}

export type TeamFormErrors = FieldErrors<keyof TeamFormValues>;

export function validateTeamForm(values: TeamFormValues, teamId?: string): TeamFormErrors {
  const errors: TeamFormErrors = {};
  if (!values.name.trim()) errors.name = 'Enter a team name';
  else if (values.name.trim().length > 80) errors.name = 'Use at most 80 characters';
  if (teamId && values.parentId === teamId) errors.parentId = 'A team cannot be its own parent';
  return errors;
}
