import { useMutation } from '@apollo/client/react';
import { Button, Group, MultiSelect, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import type {
  EvidenceFieldsFragment,
  EvidenceKind,
  FrameworkDetailFragment,
  GoalFieldsFragment,
  IncidentRole,
  IncidentSeverity,
  LearningFormat,
} from '@web/generated/graphql';
import { FormAlert } from '@web/shared/components/FormAlert';
import { useForm } from '@web/shared/forms/useForm';
import { CompetencyMultiSelect } from '@web/modules/goals/components/CompetencyMultiSelect';
import { ConflictAlert } from '@web/shared/components/ConflictAlert';
import { todayIso } from '@web/modules/goals/utils/dates';
import { competencyOptions } from '@web/modules/goals/utils/frameworkOptions';
import { goalStatusLabels, isOpenGoal } from '@web/modules/goals/utils/goalLabels';
import { addEvidenceMutation } from '../graphql/addEvidenceMutation';
import { updateEvidenceMutation } from '../graphql/updateEvidenceMutation';
import {
  emptyEvidenceForm,
  type EvidenceFormField,
  type EvidenceFormValues,
  evidenceToFormValues,
  MAX_TAGS,
  toCreateEvidenceInput,
  toUpdateEvidenceInput,
  validateEvidenceForm,
} from '../utils/evidenceForm';
import {
  evidenceKindOptions,
  incidentRoleOptions,
  incidentSeverityOptions,
  learningFormatOptions,
} from '../utils/evidenceLabels';

interface EvidenceFormProps {
  personId: string;
  framework: Pick<FrameworkDetailFragment, 'areas'>;
  goals: readonly Pick<GoalFieldsFragment, 'id' | 'title' | 'status'>[];
  /** The entry to edit; a new one when left out. */
  entry?: EvidenceFieldsFragment;
  onSaved: (entry: EvidenceFieldsFragment) => void;
  onCancel: () => void;
  onReload: () => Promise<unknown>;
}

const FIELD_ORDER: EvidenceFormField[] = [
  'date',
  'kind',
  'incidentRole',
  'incidentSeverity',
  'learningFormat',
  'title',
  'link',
  'impact',
  'competencyKeys',
  'goalIds',
];

export function EvidenceForm({ personId, framework, goals, entry, onSaved, onCancel, onReload }: EvidenceFormProps) {
  const [today] = useState(() => todayIso());
  const form = useForm<EvidenceFormValues, EvidenceFormField>({
    initialValues: () => (entry ? evidenceToFormValues(entry) : emptyEvidenceForm(today)),
    fields: FIELD_ORDER,
    idPrefix: 'evidence',
    validate: (values) => validateEvidenceForm(values, today),
    fallbackMessage: 'The evidence could not be saved. Please try again.',
  });
  const { values, setField: set, errors, formError, conflict } = form;
  // Every filtered list may now hold the entry, and goals count their evidence.
  const [addEvidence, added] = useMutation(addEvidenceMutation, { refetchQueries: ['Evidence', 'Goals'] });
  const [updateEvidence, updated] = useMutation(updateEvidenceMutation, { refetchQueries: ['Evidence', 'Goals'] });

  const competencies = useMemo(
    () => competencyOptions(framework, entry?.competencies ?? []),
    [framework, entry?.competencies],
  );
  const goalOptions = useMemo(() => {
    const options = goals.map((goal) => ({
      value: goal.id,
      label: isOpenGoal(goal.status) ? goal.title : `${goal.title} (${goalStatusLabels[goal.status].toLowerCase()})`,
    }));
    for (const linked of entry?.goals ?? []) {
      if (!options.some((option) => option.value === linked.id))
        options.push({ value: linked.id, label: linked.title });
    }
    return options;
  }, [goals, entry?.goals]);

  const save = async (current: EvidenceFormValues) => {
    const saved = entry
      ? (await updateEvidence({ variables: { id: entry.id, input: toUpdateEvidenceInput(current, entry.version) } }))
          .data?.updateEvidence
      : (await addEvidence({ variables: { input: toCreateEvidenceInput(current, personId) } })).data?.addEvidence;
    if (saved) onSaved(saved);
  };

  return (
    <form onSubmit={form.handleSubmit(save)} noValidate aria-label={entry ? `Edit ${entry.title}` : 'Add evidence'}>
      <Stack gap="md">
        {conflict ? (
          <ConflictAlert title="Someone else changed this entry" onReload={onReload}>
            The entry was changed by someone else while you were editing. Reload to see the latest version, then make
            your changes again.
          </ConflictAlert>
        ) : null}
        {formError ? (
          <FormAlert tone="error" title="Could not save the evidence">
            {formError}
          </FormAlert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            id="evidence-date"
            label="Date"
            type="date"
            required
            min="1970-01-01"
            max={today}
            value={values.date}
            onChange={(event) => set('date', event.currentTarget.value)}
            error={errors.date}
          />
          <Select
            id="evidence-kind"
            label="Kind"
            placeholder="What kind of work"
            required
            data={evidenceKindOptions}
            value={values.kind}
            onChange={(value) => set('kind', value as EvidenceKind | null)}
            allowDeselect={false}
            error={errors.kind}
          />
          {values.kind === 'INCIDENT' ? (
            <>
              <Select
                id="evidence-incidentRole"
                label="Role in the incident"
                placeholder="Choose a role"
                required
                data={incidentRoleOptions}
                value={values.incidentRole}
                onChange={(value) => set('incidentRole', value as IncidentRole | null)}
                allowDeselect={false}
                error={errors.incidentRole}
              />
              <Select
                id="evidence-incidentSeverity"
                label="Severity"
                placeholder="Choose a severity"
                required
                data={incidentSeverityOptions}
                value={values.incidentSeverity}
                onChange={(value) => set('incidentSeverity', value as IncidentSeverity | null)}
                allowDeselect={false}
                error={errors.incidentSeverity}
              />
            </>
          ) : null}
          {values.kind === 'LEARNING' ? (
            <Select
              id="evidence-learningFormat"
              label="Format"
              placeholder="Paper, course or conference"
              required
              data={learningFormatOptions}
              value={values.learningFormat}
              onChange={(value) => set('learningFormat', value as LearningFormat | null)}
              allowDeselect={false}
              error={errors.learningFormat}
            />
          ) : null}
        </SimpleGrid>
        <TextInput
          id="evidence-title"
          label="Title"
          placeholder="e.g. Led the checkout outage response"
          required
          value={values.title}
          onChange={(event) => set('title', event.currentTarget.value)}
          error={errors.title}
        />
        <TextInput
          id="evidence-link"
          label="Link"
          description="A design doc, pull request, recording or write-up."
          placeholder="https://"
          type="url"
          value={values.link}
          onChange={(event) => set('link', event.currentTarget.value)}
          error={errors.link}
        />
        <Textarea
          id="evidence-impact"
          label="Impact"
          description="What changed because of it, for whom."
          autosize
          minRows={2}
          maxRows={6}
          value={values.impact}
          onChange={(event) => set('impact', event.currentTarget.value)}
          error={errors.impact}
        />
        <CompetencyMultiSelect
          id="evidence-competencyKeys"
          description="What the work shows, from the career framework."
          data={competencies}
          value={values.competencyKeys}
          onChange={(keys) => set('competencyKeys', keys)}
          maxValues={MAX_TAGS}
          error={errors.competencyKeys}
        />
        <MultiSelect
          id="evidence-goalIds"
          label="Linked goals"
          description={goalOptions.length === 0 ? 'No goals yet to link to.' : 'Goals this work moves forward.'}
          placeholder={values.goalIds.length === 0 && goalOptions.length > 0 ? 'Choose goals' : undefined}
          data={goalOptions}
          value={values.goalIds}
          onChange={(ids) => set('goalIds', ids)}
          disabled={goalOptions.length === 0}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': 'Clear linked goals' }}
          maxValues={MAX_TAGS}
          hidePickedOptions
          nothingFoundMessage="No goal by that name"
          error={errors.goalIds}
        />
        <Group justify="flex-end" gap="sm" mt="sm">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={added.loading || updated.loading} disabled={conflict}>
            {entry ? 'Save changes' : 'Add evidence'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
