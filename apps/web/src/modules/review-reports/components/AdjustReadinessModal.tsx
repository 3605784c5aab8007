import { Button, Group, Input, Modal, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import type { CalibrationReviewFieldsFragment, ReviewReadiness } from '@web/generated/graphql';
import { ConflictAlert } from '@web/shared/components/ConflictAlert';
import { FormAlert } from '@web/shared/components/FormAlert';
import { fieldId, useForm } from '@web/shared/forms/useForm';
import { READINESS_OPTIONS, readinessLabel } from '../utils/format';

const ID_PREFIX = 'calibrate-readiness';
const REASON_MAX = 1000;

interface AdjustValues {
  readiness: ReviewReadiness;
  reason: string;
}

interface AdjustReadinessModalProps {
  /** The review being adjusted; the modal is closed without one. */
  review: CalibrationReviewFieldsFragment | null;
  onClose: () => void;
  /** Saves the adjustment (and reads the calibration again); rejects with the API's error. */
  onSave: (input: { id: string; version: number; readiness: ReviewReadiness; reason: string }) => Promise<unknown>;
  /** Loads the latest calibration after a conflict. */
  onReload: () => Promise<unknown>;
  saving: boolean;
}

/** A director changes a readiness call, saying why (the reason is kept on the review). */
export function AdjustReadinessModal({ review, onClose, onSave, onReload, saving }: AdjustReadinessModalProps) {
  return (
    <Modal
      opened={review !== null}
      onClose={onClose}
      title={review ? `Adjust the readiness of ${review.person.name}` : 'Adjust the readiness'}
      closeOnClickOutside={false}
    >
      {/* Keyed by review, so each opening starts from that review's call. */}
      {review ? (
        <AdjustForm
          key={review.reviewId}
          review={review}
          onClose={onClose}
          onSave={onSave}
          onReload={onReload}
          saving={saving}
        />
      ) : null}
    </Modal>
  );
}

function AdjustForm({
  review,
  onClose,
  onSave,
  onReload,
  saving,
}: Omit<AdjustReadinessModalProps, 'review'> & { review: CalibrationReviewFieldsFragment }) {
  const form = useForm<AdjustValues, 'readiness' | 'reason'>({
    initialValues: { readiness: review.readiness ?? 'SOON', reason: '' },
    fields: ['readiness', 'reason'],
    idPrefix: ID_PREFIX,
    fallbackMessage: 'The readiness was not changed. Try again.',
    validate: (values) => ({
      readiness:
        values.readiness === review.readiness
          ? `The call is ${readinessLabel(review.readiness)} already: choose another.`
          : undefined,
      reason: values.reason.trim() ? undefined : 'Say why the readiness changes.',
    }),
  });
  const readinessId = fieldId(ID_PREFIX, 'readiness');
  const reasonId = fieldId(ID_PREFIX, 'reason');

  const save = async (values: AdjustValues) => {
    await onSave({
      id: review.reviewId,
      version: review.version,
      readiness: values.readiness,
      reason: values.reason.trim(),
    });
    onClose();
  };

  return (
    <form onSubmit={form.handleSubmit(save)} noValidate>
      <Stack gap="md">
        <Text size="sm">
          {`The manager’s call is ${readinessLabel(review.readiness).toLowerCase()}. Your reason is kept on the review, with your name.`}
        </Text>
        {form.conflict ? (
          <ConflictAlert
            title="Someone changed this review meanwhile — reload"
            reloadLabel="Reload"
            onReload={async () => {
              await onReload();
              form.resetConflict();
            }}
          >
            {form.formError ?? 'The review changed since you opened the calibration. Reload it, then adjust again.'}
          </ConflictAlert>
        ) : form.formError ? (
          <FormAlert tone="error" title="The readiness was not changed">
            {form.formError}
          </FormAlert>
        ) : null}
        <Input.Wrapper id={readinessId} label="Readiness" labelElement="div" error={form.errors.readiness}>
          <SegmentedControl
            id={readinessId}
            // Focusable, so that a refused call takes the focus to the group and its message.
            tabIndex={-1}
            aria-labelledby={`${readinessId}-label`}
            aria-describedby={form.errors.readiness ? `${readinessId}-error` : undefined}
            fullWidth
            data={READINESS_OPTIONS}
            value={form.values.readiness}
            onChange={(value) => form.setField('readiness', value as ReviewReadiness)}
          />
        </Input.Wrapper>
        <Textarea
          id={reasonId}
          label="Reason"
          description="What the director saw that the manager’s call does not reflect."
          required
          autosize
          minRows={3}
          maxLength={REASON_MAX}
          value={form.values.reason}
          onChange={(e) => form.setField('reason', e.currentTarget.value)}
          error={form.errors.reason}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={saving}>
            Save the adjustment
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
