import { useMutation } from '@apollo/client/react';
import {
  Button,
  Group,
  Input,
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Slider,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import type { CheckInConfidence, GoalFieldsFragment } from '@web/generated/graphql';
import { FormAlert } from '@web/shared/components/FormAlert';
import { useForm } from '@web/shared/forms/useForm';
import { checkInGoalMutation } from '../graphql/checkInGoalMutation';
import {
  type CheckInFormField,
  type CheckInFormValues,
  initialCheckIn,
  toCheckInInput,
  validateCheckIn,
} from '../utils/checkInForm';
import { todayIso } from '../utils/dates';
import { confidenceFills, confidenceOptions } from '../utils/goalLabels';

interface CheckInFormProps {
  goal: GoalFieldsFragment;
  onSaved: (goal: GoalFieldsFragment) => void;
  onCancel: () => void;
  /** A check-in made during a one-on-one is linked to the meeting. */
  meetingId?: string;
}

const FIELD_ORDER: CheckInFormField[] = ['progress', 'confidence', 'note', 'date'];

export function CheckInForm({ goal, onSaved, onCancel, meetingId }: CheckInFormProps) {
  const [today] = useState(() => todayIso());
  const form = useForm<CheckInFormValues, CheckInFormField>({
    initialValues: () => initialCheckIn(goal, today),
    fields: FIELD_ORDER,
    idPrefix: 'check-in',
    validate: (values) => validateCheckIn(values, today, goal.startDate),
    fallbackMessage: 'The check-in could not be saved. Please try again.',
    // A check-in adds to the goal's history, so there is no edit of someone else's to lose.
    detectConflict: false,
  });
  const { values, setField: set, errors, formError } = form;
  const [checkIn, { loading }] = useMutation(checkInGoalMutation);

  const save = async (current: CheckInFormValues) => {
    const result = await checkIn({
      variables: { goalId: goal.id, input: { ...toCheckInInput(current), ...(meetingId ? { meetingId } : {}) } },
    });
    if (result.data) onSaved(result.data.checkInGoal);
  };

  const sliderValue = typeof values.progress === 'number' ? Math.min(100, Math.max(0, values.progress)) : 0;

  return (
    <form onSubmit={form.handleSubmit(save)} noValidate aria-label={`Check in on ${goal.title}`}>
      <Stack gap="md">
        {formError ? (
          <FormAlert tone="error" title="Could not save the check-in">
            {formError}
          </FormAlert>
        ) : null}
        <Input.Wrapper
          label="Progress"
          description="How much of the goal is done, in percent."
          error={errors.progress}
          labelElement="div"
          labelProps={{ id: 'check-in-progress-label' }}
        >
          <Group gap="md" align="center" wrap="nowrap" mt={6}>
            <Slider
              style={{ flex: 1 }}
              min={0}
              max={100}
              step={5}
              value={sliderValue}
              onChange={(value) => set('progress', value)}
              label={(value) => `${value}%`}
              thumbProps={{ 'aria-labelledby': 'check-in-progress-label' }}
              marks={[{ value: 25 }, { value: 50 }, { value: 75 }]}
            />
            <NumberInput
              id="check-in-progress"
              aria-labelledby="check-in-progress-label"
              w={96}
              min={0}
              max={100}
              step={1}
              allowDecimal
              clampBehavior="none"
              suffix="%"
              value={values.progress}
              onChange={(value) => set('progress', value)}
              error={errors.progress ? true : undefined}
            />
          </Group>
        </Input.Wrapper>
        <Input.Wrapper
          label="Confidence"
          labelElement="div"
          labelProps={{ id: 'check-in-confidence-label' }}
          error={errors.confidence}
        >
          <SegmentedControl
            id="check-in-confidence"
            aria-labelledby="check-in-confidence-label"
            mt={6}
            fullWidth
            color={confidenceFills[values.confidence]}
            data={confidenceOptions}
            value={values.confidence}
            onChange={(value) => set('confidence', value as CheckInConfidence)}
          />
        </Input.Wrapper>
        <Textarea
          id="check-in-note"
          label="Note"
          description="What moved, what is in the way, what comes next."
          autosize
          minRows={3}
          maxRows={8}
          value={values.note}
          onChange={(event) => set('note', event.currentTarget.value)}
          error={errors.note}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            id="check-in-date"
            label="Date"
            type="date"
            required
            max={today}
            min={goal.startDate}
            value={values.date}
            onChange={(event) => set('date', event.currentTarget.value)}
            error={errors.date}
          />
        </SimpleGrid>
        <Group justify="flex-end" gap="sm" mt="sm">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={loading}>
            Save check-in
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
