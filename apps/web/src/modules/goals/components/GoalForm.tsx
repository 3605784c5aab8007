import { useMutation } from '@apollo/client/react';
import { Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useMemo, useState } from 'react';
import type { GoalFieldsFragment, GoalFormOptionsQuery, GoalStatus } from '@web/generated/graphql';
import { FormAlert } from '@web/shared/components/FormAlert';
import { createGoalMutation } from '../graphql/createGoalMutation';
import { updateGoalMutation } from '../graphql/updateGoalMutation';
import { competencyOptions, targetLevelOptions } from '../utils/frameworkOptions';
import { focusFirstError, hasErrors, readServerProblems } from '../utils/formProblems';
import {
  emptyGoalForm,
  type GoalFormErrors,
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
import { ConflictAlert } from '@web/shared/components/ConflictAlert';
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

  const [values, setValues] = useState<GoalFormValues>(() =>
    goal ? goalToFormValues(goal) : emptyGoalForm(quarters[1]?.value ?? null),
  );
  const [errors, setErrors] = useState<GoalFormErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
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

  const set = <K extends keyof GoalFormValues>(field: K, value: GoalFormValues[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const found = validateGoalForm(values);
    setErrors(found);
    if (hasErrors(found)) {
      focusFirstError(found, FIELD_ORDER(values), 'goal');
      return;
    }
    try {
      const saved = goal
        ? (await updateGoal({ variables: { id: goal.id, input: toUpdateGoalInput(values, goal.version) } })).data
            ?.updateGoal
        : (await createGoal({ variables: { input: toCreateGoalInput(values, personId) } })).data?.createGoal;
      if (saved) onSaved(saved);
    } catch (error) {
      const problems = readServerProblems(error, toGoalFormField, 'The goal could not be saved. Please try again.');
      setConflict(problems.conflict);
      setErrors(problems.fields);
      setFormError(problems.message);
      focusFirstError(problems.fields, FIELD_ORDER(values), 'goal');
    }
  };

  const formName = goal ? `Edit ${goal.title}` : 'New goal';

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={formName}>
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
            setValues((current) => ({ ...current, milestones: rows }));
            // Row errors are by position, and positions move: drop them all until the next save.
            setErrors((current) =>
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
