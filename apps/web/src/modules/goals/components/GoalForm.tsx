import { useMutation } from '@apollo/client/react';
import { Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import type { GoalFieldsFragment, GoalFormOptionsQuery, GoalStatus } from '@web/generated/graphql';
import { ConflictAlert } from '@web/shared/components/ConflictAlert';
import { FormAlert } from '@web/shared/components/FormAlert';
import { useForm } from '@web/shared/forms/useForm';
import { createGoalMutation } from '../graphql/createGoalMutation';
import { updateGoalMutation } from '../graphql/updateGoalMutation';
import { competencyOptions, targetLevelOptions } from '../utils/frameworkOptions';
import {
  emptyGoalForm,
  type GoalFormField,
  type GoalFormValues,
  goalToFormValues,
  MAX_COMPETENCIES,
  toCreateGoalInput,
  toGoalFormField,
  toUpdateGoalInput,
  validateGoalForm,
} from '../utils/goalForm';
import { goalStatusOptions } from '../utils/goalLabels';
import { quarterLabel, upcomingQuarters } from '../utils/quarters';
import { CompetencyMultiSelect } from './CompetencyMultiSelect';
import { MilestonesEditor } from './MilestonesEditor';

interface GoalFormProps {
  personId: string;
  options: GoalFormOptionsQuery;
  /** The goal to edit; a new goal when left out. */
  goal?: GoalFieldsFragment;
  onSaved: (goal: GoalFieldsFragment) => void;
  onCancel: () => void;
  /** Loads the latest version of the goal after a conflicting edit. */
  onReload: () => Promise<unknown>;
}

const FIELD_ORDER = (values: GoalFormValues): GoalFormField[] => [
  'title',
  'description',
  'competencyKeys',
  'targetLevelKey',
  'dueQuarter',
  'status',
  'milestones',
  ...values.milestones.map((_, index) => `milestones.${index}.title` as const),
];

export function GoalForm({ personId, options, goal, onSaved, onCancel, onReload }: GoalFormProps) {
  const quarters = useMemo(() => {
    const upcoming = upcomingQuarters(options.organization.currentQuarter);
    const kept = goal?.dueQuarter;
    // A goal due in a past (or far) quarter keeps it as a choice.
    if (kept && !upcoming.some((option) => option.value === kept.key)) {
      upcoming.unshift({ value: kept.key, label: kept.label || quarterLabel(kept.key) });
    }
    return upcoming;
  }, [options.organization.currentQuarter, goal?.dueQuarter]);

  const form = useForm<GoalFormValues, GoalFormField>({
    initialValues: () => (goal ? goalToFormValues(goal) : emptyGoalForm(quarters[1]?.value ?? null)),
    fields: FIELD_ORDER,
    idPrefix: 'goal',
    validate: validateGoalForm,
    toField: toGoalFormField,
    fallbackMessage: 'The goal could not be saved. Please try again.',
  });
  const { values, setField: set, errors, formError, conflict } = form;
  const [createGoal, created] = useMutation(createGoalMutation, { refetchQueries: ['Goals'] });
  const [updateGoal, updated] = useMutation(updateGoalMutation);

  const competencies = useMemo(
    () => competencyOptions(options.framework, goal?.competencies ?? []),
    [options.framework, goal?.competencies],
  );
  const levels = useMemo(
    () => targetLevelOptions(options.framework, options.person.track, goal?.targetLevelKey ?? null),
    [options.framework, options.person.track, goal?.targetLevelKey],
  );

  const save = async (current: GoalFormValues) => {
    const saved = goal
      ? (await updateGoal({ variables: { id: goal.id, input: toUpdateGoalInput(current, goal.version) } })).data
          ?.updateGoal
      : (await createGoal({ variables: { input: toCreateGoalInput(current, personId) } })).data?.createGoal;
    if (saved) onSaved(saved);
  };

  const formName = goal ? `Edit ${goal.title}` : 'New goal';

  return (
    <form onSubmit={form.handleSubmit(save)} noValidate aria-label={formName}>
      <Stack gap="md">
        {conflict ? (
          <ConflictAlert title="Someone else changed this goal" onReload={onReload}>
            The goal was changed by someone else while you were editing. Reload to see the latest version, then make
            your changes again.
          </ConflictAlert>
        ) : null}
        {formError ? (
          <FormAlert tone="error" title="Could not save the goal">
            {formError}
          </FormAlert>
        ) : null}
        <TextInput
          id="goal-title"
          label="Title"
          placeholder="e.g. Lead the design of the payments retry service"
          required
          data-autofocus
          value={values.title}
          onChange={(event) => set('title', event.currentTarget.value)}
          error={errors.title}
        />
        <Textarea
          id="goal-description"
          label="Description"
          description="Why it matters, and what done looks like."
          autosize
          minRows={2}
          maxRows={6}
          value={values.description}
          onChange={(event) => set('description', event.currentTarget.value)}
          error={errors.description}
        />
        <CompetencyMultiSelect
          id="goal-competencyKeys"
          description="What the goal grows, from the career framework."
          data={competencies}
          value={values.competencyKeys}
          onChange={(keys) => set('competencyKeys', keys)}
          maxValues={MAX_COMPETENCIES}
          error={errors.competencyKeys}
          required
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <Select
            id="goal-targetLevelKey"
            label="Target level"
            placeholder="No target level"
            data={levels}
            value={values.targetLevelKey}
            onChange={(value) => set('targetLevelKey', value)}
            clearable
            clearButtonProps={{ 'aria-label': 'Clear target level' }}
            error={errors.targetLevelKey}
          />
          <Select
            id="goal-dueQuarter"
            label="Due"
            data={quarters}
            value={values.dueQuarter}
            onChange={(value) => value && set('dueQuarter', value)}
            allowDeselect={false}
            error={errors.dueQuarter}
          />
          <Select
            id="goal-status"
            label="Status"
            data={goalStatusOptions}
            value={values.status}
            onChange={(value) => value && set('status', value as GoalStatus)}
            allowDeselect={false}
            error={errors.status}
          />
        </SimpleGrid>
        <MilestonesEditor
          rows={values.milestones}
          errors={errors}
          onChange={(rows) => {
            form.setValues((current) => ({ ...current, milestones: rows }));
            // Row errors are by position, and positions move: drop them all until the next save.
            form.setErrors((current) =>
              Object.fromEntries(Object.entries(current).filter(([field]) => !field.startsWith('milestones'))),
            );
          }}
        />
        <Group justify="flex-end" gap="sm" mt="sm">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={created.loading || updated.loading} disabled={conflict}>
            {goal ? 'Save changes' : 'Create goal'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
