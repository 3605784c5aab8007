import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import type {
  EvidenceFieldsFragment,
  FrameworkDetailFragment,
  StaffingEvidenceOfferFieldsFragment,
} from '@web/generated/graphql';
import { SaveProblems } from '@web/shared/components/SaveProblems';
import { useForm } from '@web/shared/forms/useForm';
import { CompetencyMultiSelect } from '@web/modules/goals/components/CompetencyMultiSelect';
import { competencyOptions } from '@web/modules/goals/utils/frameworkOptions';
import { acceptStaffingEvidenceMutation } from '../graphql/acceptStaffingEvidenceMutation';
import { MAX_TAGS } from '../utils/evidenceForm';
import {
  offerToFormValues,
  type StaffingOfferFormField,
  type StaffingOfferFormValues,
  toAcceptInput,
  validateStaffingOffer,
} from '../utils/staffingOfferForm';

const FIELDS: readonly StaffingOfferFormField[] = ['title', 'impact', 'competencyKeys'];

interface StaffingOfferFormProps {
  offer: StaffingEvidenceOfferFieldsFragment;
  framework: FrameworkDetailFragment;
  onCancel: () => void;
  onSaved: (entry: EvidenceFieldsFragment) => void;
  onReload: () => Promise<unknown>;
}

/** An offer of staffing history, edited before it is logged: its title, impact and competencies. */
export function StaffingOfferForm({ offer, framework, onCancel, onSaved, onReload }: StaffingOfferFormProps) {
  const [accept, accepted] = useMutation(acceptStaffingEvidenceMutation, {
    refetchQueries: ['Evidence', 'StaffingEvidenceOffers', 'Goals'],
  });
  const form = useForm<StaffingOfferFormValues, StaffingOfferFormField>({
    initialValues: () => offerToFormValues(offer),
    fields: FIELDS,
    idPrefix: 'staffing-offer',
    validate: validateStaffingOffer,
    fallbackMessage: 'The evidence could not be logged. Try again.',
    // Logged or dismissed by someone else meanwhile: the server says which, in words.
    detectConflict: false,
  });
  const { values, errors, setField } = form;
  const competencies = useMemo(() => competencyOptions(framework, offer.competencies), [framework, offer.competencies]);

  const save = async (current: StaffingOfferFormValues) => {
    const { data } = await accept({ variables: { input: toAcceptInput(offer.allocationId, current) } });
    if (data) onSaved(data.acceptStaffingEvidence);
  };

  return (
    <form onSubmit={form.handleSubmit(save)} noValidate>
      <Stack gap="md">
        <SaveProblems
          conflict={false}
          formError={form.formError}
          subject="evidence"
          label="The evidence"
          onReload={onReload}
        />
        <TextInput
          id="staffing-offer-title"
          label="Title"
          required
          value={values.title}
          onChange={(event) => setField('title', event.currentTarget.value)}
          error={errors.title}
        />
        <Textarea
          id="staffing-offer-impact"
          label="Impact"
          description="What changed because of the work, for whom."
          autosize
          minRows={2}
          maxRows={6}
          value={values.impact}
          onChange={(event) => setField('impact', event.currentTarget.value)}
          error={errors.impact}
        />
        <CompetencyMultiSelect
          id="staffing-offer-competencyKeys"
          description="What the work showed; it starts with what the work exercised."
          data={competencies}
          value={values.competencyKeys}
          onChange={(keys) => setField('competencyKeys', keys)}
          maxValues={MAX_TAGS}
          error={errors.competencyKeys}
          required
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={accepted.loading}>
            Log as evidence
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
