import { useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  Group,
  Input,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMemo } from 'react';
import type { AllocationFieldsFragment, AllocationStatus, ProjectOptionsQuery, WorkKind } from '@web/generated/graphql';
import { goalsQuery } from '@web/modules/goals/graphql/goalsQuery';
import { ConflictAlert } from '@web/shared/components/ConflictAlert';
import { FormAlert } from '@web/shared/components/FormAlert';
import { useForm } from '@web/shared/forms/useForm';
import { createAllocationMutation } from '../graphql/createAllocationMutation';
import {
  addScenarioAllocationMutation,
  changeScenarioAllocationMutation,
  removeScenarioAllocationMutation,
  restoreScenarioAllocationMutation,
} from '../graphql/scenarioMutations';
import { updateAllocationMutation } from '../graphql/updateAllocationMutation';
import {
  ALLOCATION_FIELDS,
  type AllocationFormField,
  type AllocationFormValues,
  initialAllocation,
  NO_PROJECT,
  toAllocationField,
  toCreateInput,
  toUpdateInput,
  validateAllocation,
} from '../utils/allocationForm';
import { kindLabels } from '../utils/kinds';

export interface SavedAllocation {
  allocation: AllocationFieldsFragment;
  warning: string | null;
}

interface AllocationFormProps {
  /** The people whose time the viewer plans, for the person field. */
  people: { id: string; name: string }[];
  projects: ProjectOptionsQuery['projects'];
  /** The allocation to change; a new one when null. */
  existing: AllocationFieldsFragment | null;
  /** What the timeline already knows of a new one (person, weeks). */
  preset?: Partial<AllocationFormValues>;
  /** Whether the viewer may link the work to the person's goals (their manager chain). */
  canLinkGoals: boolean;
  onSaved: (saved: SavedAllocation) => void;
  onCancel: () => void;
  onReload: () => Promise<unknown>;
  /** Writes go to this scenario; the plan of record is left as it is. */
  scenarioId?: string | null;
  /** In a scenario: the allocation was removed from it, or its change dropped. */
  onRemoved?: (message: string) => void;
}

const KIND_OPTIONS = (['DELIVERY', 'DEVELOPMENT', 'SUPPORT'] as WorkKind[]).map((value) => ({
  value,
  label: kindLabels[value],
}));

export function AllocationForm({
  people,
  projects,
  existing,
  preset,
  canLinkGoals,
  onSaved,
  onCancel,
  onReload,
  scenarioId = null,
  onRemoved,
}: AllocationFormProps) {
  const form = useForm<AllocationFormValues, AllocationFormField>({
    initialValues: () => initialAllocation(existing, preset),
    fields: ALLOCATION_FIELDS,
    idPrefix: 'allocation',
    validate: validateAllocation,
    toField: toAllocationField,
    fallbackMessage: 'The plan could not be saved. Please try again.',
  });
  const { values, setField, errors, formError } = form;
  const [create, creating] = useMutation(createAllocationMutation);
  const [update, updating] = useMutation(updateAllocationMutation);
  const inScenario = { refetchQueries: ['StaffingScenarios'] };
  const [addDraft, adding] = useMutation(addScenarioAllocationMutation, inScenario);
  const [changeDraft, changing] = useMutation(changeScenarioAllocationMutation, inScenario);
  const [removeDraft, removing] = useMutation(removeScenarioAllocationMutation, inScenario);
  const [restoreDraft, restoring] = useMutation(restoreScenarioAllocationMutation, inScenario);
  const goals = useQuery(goalsQuery, {
    variables: { personId: values.personId },
    skip: !canLinkGoals || !values.personId,
  });
  const openGoals = (goals.data?.goals ?? []).filter((g) => g.status === 'ACTIVE' || g.status === 'AT_RISK');

  const project = projects.find((p) => p.id === values.projectId) ?? null;
  const projectOptions = useMemo(
    () => [
      { value: NO_PROJECT, label: 'Development time (no project)' },
      ...projects.map((p) => ({ value: p.id, label: `${p.name}${p.status === 'PROPOSED' ? ' (proposed)' : ''}` })),
    ],
    [projects],
  );
  const needOptions = (project?.needs ?? []).map((n) => ({
    value: n.id,
    label: `${n.role} · ${n.percent}%${n.openPercent > 0 ? ` (${n.openPercent}% open)` : ''}`,
  }));

  const save = async (current: AllocationFormValues) => {
    if (scenarioId) {
      if (existing) {
        const result = await changeDraft({
          variables: { scenarioId, id: existing.id, input: toUpdateInput(current, existing.version, canLinkGoals) },
        });
        if (result.data) onSaved(result.data.changeScenarioAllocation);
      } else {
        const result = await addDraft({ variables: { scenarioId, input: toCreateInput(current, canLinkGoals) } });
        if (result.data) onSaved(result.data.addScenarioAllocation);
      }
      return;
    }
    if (existing) {
      const result = await update({
        variables: { id: existing.id, input: toUpdateInput(current, existing.version, canLinkGoals) },
      });
      if (result.data) onSaved(result.data.updateAllocation);
    } else {
      const result = await create({ variables: { input: toCreateInput(current, canLinkGoals) } });
      if (result.data) onSaved(result.data.createAllocation);
    }
  };

  const chooseProject = (value: string | null) => {
    setField('projectId', value ?? '');
    setField('needId', null);
    const chosen = projects.find((p) => p.id === value);
    // The kind follows the project unless the planner says otherwise.
    setField('kind', chosen ? chosen.kind : value === NO_PROJECT ? 'DEVELOPMENT' : null);
  };

  return (
    <form onSubmit={form.handleSubmit(save)} noValidate aria-label={existing ? 'Change planned time' : 'Plan time'}>
      <Stack gap="md">
        {form.conflict ? (
          <ConflictAlert
            title="Changed by someone else"
            onReload={async () => {
              await onReload();
              form.resetConflict();
            }}
            reloadLabel="Reload the plan"
          >
            Someone changed this allocation since you opened it. Reload to see their version.
          </ConflictAlert>
        ) : null}
        {formError ? (
          <FormAlert tone="error" title="Could not save the plan">
            {formError}
          </FormAlert>
        ) : null}
        <Select
          id="allocation-personId"
          label="Person"
          data={people.map((p) => ({ value: p.id, label: p.name }))}
          value={values.personId || null}
          onChange={(value) => {
            setField('personId', value ?? '');
            setField('goalIds', []);
          }}
          disabled={Boolean(existing)}
          searchable={people.length > 8}
          error={errors.personId}
          required
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            id="allocation-projectId"
            label="Project"
            data={projectOptions}
            value={values.projectId || null}
            onChange={chooseProject}
            searchable={projectOptions.length > 8}
            nothingFoundMessage="No project by that name"
            error={errors.projectId}
            required
          />
          <Select
            id="allocation-needId"
            label="Fills the need"
            placeholder={needOptions.length ? 'None' : 'The project has no needs'}
            data={needOptions}
            value={values.needId}
            onChange={(value) => setField('needId', value)}
            disabled={needOptions.length === 0}
            clearable
            error={errors.needId}
          />
        </SimpleGrid>
        <Input.Wrapper
          label="Kind of work"
          labelElement="div"
          labelProps={{ id: 'allocation-kind-label' }}
          error={errors.kind}
        >
          <SegmentedControl
            id="allocation-kind"
            aria-labelledby="allocation-kind-label"
            mt={6}
            fullWidth
            data={KIND_OPTIONS}
            value={values.kind ?? project?.kind ?? 'DEVELOPMENT'}
            onChange={(value) => setField('kind', value as WorkKind)}
          />
        </Input.Wrapper>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NumberInput
            id="allocation-percent"
            label="Share of their time"
            suffix="%"
            min={1}
            max={100}
            step={5}
            clampBehavior="none"
            allowDecimal={false}
            value={values.percent}
            onChange={(value) => setField('percent', value)}
            error={errors.percent}
            required
          />
          <TextInput
            id="allocation-startDate"
            type="date"
            label="From"
            value={values.startDate}
            onChange={(event) => setField('startDate', event.currentTarget.value)}
            error={errors.startDate}
            required
          />
          <TextInput
            id="allocation-endDate"
            type="date"
            label="To"
            value={values.endDate}
            onChange={(event) => setField('endDate', event.currentTarget.value)}
            error={errors.endDate}
            required
          />
        </SimpleGrid>
        <Input.Wrapper label="Status" labelElement="div" labelProps={{ id: 'allocation-status-label' }}>
          <SegmentedControl
            aria-labelledby="allocation-status-label"
            mt={6}
            data={[
              { value: 'CONFIRMED', label: 'Confirmed' },
              { value: 'TENTATIVE', label: 'Tentative (pencilled in)' },
            ]}
            value={values.status}
            onChange={(value) => setField('status', value as AllocationStatus)}
          />
        </Input.Wrapper>
        {canLinkGoals ? (
          <MultiSelect
            id="allocation-goalIds"
            label="Stretches toward"
            description="Link the goals this work helps the person grow toward: a stretch assignment."
            placeholder={openGoals.length ? 'A goal of theirs' : 'No open goals'}
            data={openGoals.map((g) => ({ value: g.id, label: g.title }))}
            value={values.goalIds}
            onChange={(value) => setField('goalIds', value)}
            disabled={openGoals.length === 0 && values.goalIds.length === 0}
            error={errors.goalIds}
            clearable
          />
        ) : null}
        <Textarea
          id="allocation-note"
          label="Note"
          autosize
          minRows={2}
          value={values.note}
          onChange={(event) => setField('note', event.currentTarget.value)}
          error={errors.note}
        />
        <Group justify="flex-end" gap="sm">
          {scenarioId && existing ? (
            <>
              {existing.scenarioChange === 'CHANGED' ? (
                <Button
                  variant="subtle"
                  loading={restoring.loading}
                  onClick={form.handleSubmit(async () => {
                    await restoreDraft({ variables: { scenarioId, id: existing.id } });
                    onRemoved?.('The plan’s version shows again in the scenario.');
                  })}
                >
                  Undo this change
                </Button>
              ) : null}
              <Button
                variant="subtle"
                color="red.8"
                loading={removing.loading}
                onClick={form.handleSubmit(async () => {
                  await removeDraft({ variables: { scenarioId, id: existing.id, version: existing.version } });
                  onRemoved?.(
                    existing.scenarioChange === 'ADDED'
                      ? 'Taken out of the scenario.'
                      : 'Removed in the scenario; the plan still has it until you apply.',
                  );
                })}
              >
                Remove in scenario
              </Button>
            </>
          ) : null}
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={creating.loading || updating.loading || adding.loading || changing.loading}>
            {existing ? 'Save changes' : 'Plan time'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
