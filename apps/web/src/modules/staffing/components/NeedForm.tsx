import { useMutation } from '@apollo/client/react';
import { ActionIcon, Button, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useMemo } from 'react';
import type { FrameworkDetailFragment, ProjectFieldsFragment, ProjectNeedFieldsFragment } from '@web/generated/graphql';
import { CompetencyMultiSelect } from '@web/modules/goals/components/CompetencyMultiSelect';
import { competencyOptions } from '@web/modules/goals/utils/frameworkOptions';
import { SaveProblems } from '@web/shared/components/SaveProblems';
import { fieldId, useForm } from '@web/shared/forms/useForm';
import { formatDate } from '@web/shared/utils/format';
import { addProjectNeedMutation } from '../graphql/addProjectNeedMutation';
import { updateProjectNeedMutation } from '../graphql/updateProjectNeedMutation';
import {
  emptyNeedForm,
  levelOptions,
  MAX_NEED_COMPETENCIES,
  needFields,
  type NeedFormField,
  type NeedFormValues,
  needToFormValues,
  toNeedFormField,
  toNeedInput,
  validateNeedForm,
} from '../utils/needForm';

interface NeedFormProps {
  project: Pick<ProjectFieldsFragment, 'id' | 'name' | 'startDate' | 'endDate'>;
  framework: Pick<FrameworkDetailFragment, 'areas' | 'tracks'>;
  /** The need to edit; a new need when left out. */
  need?: ProjectNeedFieldsFragment;
  onSaved: (project: ProjectFieldsFragment) => void;
  onCancel: () => void;
  onReload: () => Promise<unknown>;
}

export function NeedForm({ project, framework, need, onSaved, onCancel, onReload }: NeedFormProps) {
  const form = useForm<NeedFormValues, NeedFormField>({
    initialValues: () => (need ? needToFormValues(need) : emptyNeedForm(project)),
    fields: needFields,
    idPrefix: 'need',
    validate: (values) => validateNeedForm(values, project),
    toField: toNeedFormField,
    fallbackMessage: 'The need could not be saved. Please try again.',
  });
  const { values, setField: set, errors, formError, conflict } = form;
  const [addNeed, added] = useMutation(addProjectNeedMutation);
  const [updateNeed, updated] = useMutation(updateProjectNeedMutation);

  const kept = useMemo(
    () => (need?.competencies ?? []).map((item) => ({ key: item.key, name: item.name })),
    [need?.competencies],
  );
  const competencies = useMemo(() => competencyOptions(framework, kept), [framework, kept]);
  const names = useMemo(
    () => new Map(competencies.flatMap((group) => group.items.map((item) => [item.value, item.label] as const))),
    [competencies],
  );
  const levels = useMemo(
    () => levelOptions(framework, need?.competencies.map((item) => item.minLevelKey) ?? []),
    [framework, need?.competencies],
  );

  const save = async (current: NeedFormValues) => {
    const saved = need
      ? (await updateNeed({ variables: { id: need.id, input: { ...toNeedInput(current), version: need.version } } }))
          .data?.updateProjectNeed
      : (await addNeed({ variables: { projectId: project.id, input: toNeedInput(current) } })).data?.addProjectNeed;
    if (saved) onSaved(saved);
  };

  const chooseCompetencies = (keys: string[]) => {
    const previous = new Map(values.competencies.map((row) => [row.competencyKey, row.minLevelKey]));
    form.setValues((current) => ({
      ...current,
      competencies: keys.map((key) => ({ competencyKey: key, minLevelKey: previous.get(key) ?? null })),
    }));
    // Row errors are by position, and positions move: drop them until the next save.
    form.setErrors((current) =>
      Object.fromEntries(Object.entries(current).filter(([field]) => !field.startsWith('competencies'))),
    );
  };

  const setLevel = (index: number, level: string | null) => {
    form.setValues((current) => ({
      ...current,
      competencies: current.competencies.map((row, i) => (i === index ? { ...row, minLevelKey: level } : row)),
    }));
    form.setErrors((current) => ({ ...current, [`competencies.${index}.minLevelKey`]: undefined }));
  };

  return (
    <form onSubmit={form.handleSubmit(save)} noValidate aria-label={need ? `Edit the need ${need.role}` : 'New need'}>
      <Stack gap="md">
        <SaveProblems conflict={conflict} formError={formError} subject="need" label="The need" onReload={onReload} />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <TextInput
            id="need-role"
            label="Role"
            placeholder="e.g. API reviewer"
            required
            data-autofocus
            value={values.role}
            onChange={(event) => set('role', event.currentTarget.value)}
            error={errors.role}
            style={{ gridColumn: 'span 2' }}
          />
          <NumberInput
            id="need-percent"
            label="Share of a person"
            description="Percent of their time"
            required
            min={1}
            max={100}
            step={10}
            allowDecimal={false}
            suffix="%"
            value={values.percent}
            onChange={(value) => set('percent', value)}
            error={errors.percent}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            id="need-startDate"
            label="From"
            type="date"
            required
            min={project.startDate}
            max={project.endDate}
            value={values.startDate}
            onChange={(event) => set('startDate', event.currentTarget.value)}
            error={errors.startDate}
          />
          <TextInput
            id="need-endDate"
            label="To"
            type="date"
            required
            min={values.startDate || project.startDate}
            max={project.endDate}
            value={values.endDate}
            onChange={(event) => set('endDate', event.currentTarget.value)}
            error={errors.endDate}
          />
        </SimpleGrid>
        <Text size="xs" c="dimmed" mt={-8}>
          {`Within the project: ${formatDate(project.startDate)} to ${formatDate(project.endDate)}.`}
        </Text>
        <CompetencyMultiSelect
          id="need-competencies"
          description="What the work exercises, from the career framework."
          data={competencies}
          value={values.competencies.map((row) => row.competencyKey)}
          onChange={chooseCompetencies}
          maxValues={MAX_NEED_COMPETENCIES}
          error={errors.competencies}
        />
        {values.competencies.length > 0 ? (
          <Stack gap="xs" role="group" aria-label="Lowest level for each competency">
            <Text size="sm" fw={500}>
              Lowest level that fills the need
            </Text>
            {values.competencies.map((row, index) => {
              const name = names.get(row.competencyKey) ?? row.competencyKey;
              return (
                <Group key={row.competencyKey} gap="xs" align="flex-start" wrap="nowrap">
                  <Select
                    id={fieldId('need', `competencies.${index}.minLevelKey`)}
                    label={`Level for ${name}`}
                    placeholder="Choose a level"
                    data={levels}
                    value={row.minLevelKey}
                    onChange={(value) => setLevel(index, value)}
                    allowDeselect={false}
                    error={errors[`competencies.${index}.minLevelKey`]}
                    style={{ flex: 1 }}
                    size="sm"
                  />
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    mt={26}
                    aria-label={`Remove ${name}`}
                    onClick={() =>
                      chooseCompetencies(
                        values.competencies.filter((_, i) => i !== index).map((item) => item.competencyKey),
                      )
                    }
                  >
                    <IconX size={16} aria-hidden />
                  </ActionIcon>
                </Group>
              );
            })}
          </Stack>
        ) : null}
        <Group justify="flex-end" gap="sm" mt="sm">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={added.loading || updated.loading} disabled={conflict}>
            {need ? 'Save changes' : 'Add need'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
