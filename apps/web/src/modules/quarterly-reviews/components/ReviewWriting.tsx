import { useMutation } from '@apollo/client/react';
import { Button, Card, Group, SegmentedControl, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { ReviewFieldsFragment, ReviewReadiness } from '@web/generated/graphql';
import { ConflictAlert } from '@web/shared/components/ConflictAlert';
import { FormAlert } from '@web/shared/components/FormAlert';
import { RouterAnchor } from '@web/shared/components/RouterAnchor';
import { UnsavedChangesGuard } from '@web/shared/components/UnsavedChangesGuard';
import { getFieldErrors, getUserMessage, hasErrorCode } from '@web/shared/graphql/errors';
import { personPath } from '@web/shared/routes';
import { formatDate } from '@web/shared/utils/format';
import {
  acknowledgeReviewMutation,
  draftGoalFromReviewFocusMutation,
  reflectOnReviewMutation,
  shareReviewMutation,
  writeReviewMutation,
} from '../graphql/reviewMutations';
import { READINESS_LABEL } from '../utils/reviewLabels';

type Review = ReviewFieldsFragment;
const UNSET = 'UNSET';

function Problem({ error, onReload }: { error: unknown; onReload: () => Promise<unknown> }) {
  if (!error) return null;
  if (hasErrorCode(error, 'CONFLICT')) {
    return (
      <ConflictAlert title="Someone else saved this review since you opened it" onReload={onReload}>
        Reload to see their changes; what you typed here is kept until you reload.
      </ConflictAlert>
    );
  }
  if (Object.keys(getFieldErrors(error)).length > 0) return null;
  return (
    <FormAlert tone="error" title="That did not work">
      {getUserMessage(error)}
    </FormAlert>
  );
}

/** The manager's part: summary, strengths, focus and readiness; saved as a whole, then shared. */
export function ManagerWriting({ review, onReload }: { review: Review; onReload: () => Promise<unknown> }) {
  const [summary, setSummary] = useState(review.summary ?? '');
  const [strengths, setStrengths] = useState(review.strengths ?? '');
  const [focus, setFocus] = useState(review.focus ?? '');
  const [readiness, setReadiness] = useState<string>(review.readiness ?? UNSET);
  const [write, writing] = useMutation(writeReviewMutation);
  const [share, sharing] = useMutation(shareReviewMutation);
  const [draftGoal, drafting] = useMutation(draftGoalFromReviewFocusMutation);
  const error = writing.error ?? sharing.error ?? drafting.error;
  const fieldErrors = getFieldErrors(error);
  const dirty =
    summary !== (review.summary ?? '') ||
    strengths !== (review.strengths ?? '') ||
    focus !== (review.focus ?? '') ||
    readiness !== (review.readiness ?? UNSET);
  const firstName = review.person.name.split(' ')[0];
  const shared = review.sharedAt !== null;
  const attempt = async (action: () => Promise<unknown>) => {
    try {
      await action();
    } catch {
      // Shown by <Problem>.
    }
  };
  const save = (event: FormEvent) => {
    event.preventDefault();
    void attempt(() =>
      write({
        variables: {
          input: {
            id: review.id,
            version: review.version,
            summary,
            strengths,
            focus,
            readiness: readiness === UNSET ? null : (readiness as ReviewReadiness),
          },
        },
      }),
    );
  };
  const shareBlocker = dirty ? 'Save your changes first.' : !review.summary ? 'Write and save a summary first.' : null;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="writing-title">
      <UnsavedChangesGuard when={dirty} what={`your changes to ${firstName}’s review`} />
      <form onSubmit={save} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="writing-title">
            Your review
          </Title>
          <Problem error={error} onReload={onReload} />
          <Textarea
            label="Summary"
            description={`How ${firstName}’s quarter went, in a few sentences.`}
            value={summary}
            onChange={(e) => setSummary(e.currentTarget.value)}
            error={fieldErrors.summary}
            autosize
            minRows={4}
            maxLength={8000}
          />
          <Textarea
            label="Strengths"
            value={strengths}
            onChange={(e) => setStrengths(e.currentTarget.value)}
            error={fieldErrors.strengths}
            autosize
            minRows={2}
            maxLength={4000}
          />
          <Textarea
            label="Focus for next quarter"
            value={focus}
            onChange={(e) => setFocus(e.currentTarget.value)}
            error={fieldErrors.focus}
            autosize
            minRows={2}
            maxLength={4000}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="readiness-label">
              Promotion readiness
            </Text>
            <SegmentedControl
              aria-labelledby="readiness-label"
              value={readiness}
              onChange={setReadiness}
              data={[
                { value: UNSET, label: 'Not set' },
                { value: 'NOT_YET', label: READINESS_LABEL.NOT_YET },
                { value: 'SOON', label: READINESS_LABEL.SOON },
                { value: 'READY', label: READINESS_LABEL.READY },
              ]}
            />
          </Stack>
          <Group gap="xs" wrap="wrap">
            <Button type="submit" loading={writing.loading} disabled={!dirty}>
              {shared ? 'Save changes' : 'Save draft'}
            </Button>
            {!shared ? (
              <Button
                variant="default"
                loading={sharing.loading}
                disabled={shareBlocker !== null}
                onClick={() =>
                  void attempt(() => share({ variables: { input: { id: review.id, version: review.version } } }))
                }
              >
                {`Share with ${firstName}`}
              </Button>
            ) : null}
            {review.focus && !review.focusGoalId ? (
              <Button
                variant="subtle"
                loading={drafting.loading}
                disabled={dirty}
                onClick={() => void attempt(() => draftGoal({ variables: { id: review.id } }))}
              >
                Make the focus a draft goal
              </Button>
            ) : null}
          </Group>
          {!shared && shareBlocker ? (
            <Text size="xs" c="dimmed">
              {`To share: ${shareBlocker.charAt(0).toLowerCase()}${shareBlocker.slice(1)}`}
            </Text>
          ) : null}
          {shared ? (
            <Text
              size="sm"
              c="dimmed"
            >{`Shared with ${firstName} on ${formatDate(review.sharedAt)}${review.sharedByName ? ` by ${review.sharedByName}` : ''}.`}</Text>
          ) : null}
          {review.focusGoalId ? (
            <Text size="sm">
              The focus is a draft goal:{' '}
              <RouterAnchor to={personPath(review.person.id, 'goals')} size="sm" underline="always">
                {`see ${firstName}’s goals`}
              </RouterAnchor>
              .
            </Text>
          ) : null}
        </Stack>
      </form>
    </Card>
  );
}

/** The manager's part as the person (or a closed quarter) shows it: read-only. */
export function ManagerWritingRead({ review }: { review: Review }) {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="writing-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="writing-title">
          The manager’s review
        </Title>
        {review.summary === null ? (
          <Text size="sm" c="dimmed">
            Not shared with you yet. You will see it here, and the bell will tell you.
          </Text>
        ) : (
          <>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {review.summary || 'No summary.'}
            </Text>
            {review.strengths ? (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                <strong>Strengths: </strong>
                {review.strengths}
              </Text>
            ) : null}
            {review.focus ? (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                <strong>Focus for next quarter: </strong>
                {review.focus}
              </Text>
            ) : null}
            {review.readiness ? (
              <Text size="sm">
                <strong>Promotion readiness: </strong>
                {READINESS_LABEL[review.readiness]}
              </Text>
            ) : null}
            {review.sharedAt ? (
              <Text
                size="xs"
                c="dimmed"
              >{`Shared ${formatDate(review.sharedAt)}${review.sharedByName ? ` by ${review.sharedByName}` : ''}.`}</Text>
            ) : null}
          </>
        )}
      </Stack>
    </Card>
  );
}

/** The person's part: their reflection, and acknowledging the shared review. */
export function Reflection({ review, onReload }: { review: Review; onReload: () => Promise<unknown> }) {
  const [text, setText] = useState(review.reflection);
  const [reflect, reflecting] = useMutation(reflectOnReviewMutation);
  const [acknowledge, acknowledging] = useMutation(acknowledgeReviewMutation);
  const error = reflecting.error ?? acknowledging.error;
  const fieldErrors = getFieldErrors(error);
  const dirty = text !== review.reflection;
  const acknowledged = review.acknowledgedAt !== null;
  const attempt = async (action: () => Promise<unknown>) => {
    try {
      await action();
    } catch {
      // Shown by <Problem>.
    }
  };
  const editable = review.canReflect && !acknowledged;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="reflection-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="reflection-title">
          {review.canReflect ? 'Your reflection' : `${review.person.name.split(' ')[0]}’s reflection`}
        </Title>
        <Problem error={error} onReload={onReload} />
        {editable ? <UnsavedChangesGuard when={dirty} what="your reflection" /> : null}
        {editable ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void attempt(() =>
                reflect({ variables: { input: { id: review.id, version: review.version, reflection: text } } }),
              );
            }}
            noValidate
          >
            <Stack gap="sm">
              <Textarea
                label="Your reflection"
                description="How the quarter went for you, and what you want next."
                value={text}
                onChange={(e) => setText(e.currentTarget.value)}
                error={fieldErrors.reflection}
                autosize
                minRows={4}
                maxLength={8000}
              />
              <Group gap="xs">
                <Button type="submit" variant="default" loading={reflecting.loading} disabled={!dirty}>
                  Save reflection
                </Button>
                {review.sharedAt ? (
                  <Button
                    loading={acknowledging.loading}
                    disabled={dirty}
                    onClick={() =>
                      void attempt(() =>
                        acknowledge({ variables: { input: { id: review.id, version: review.version } } }),
                      )
                    }
                  >
                    Acknowledge
                  </Button>
                ) : null}
              </Group>
              {review.sharedAt && dirty ? (
                <Text size="xs" c="dimmed">
                  Save your reflection before acknowledging.
                </Text>
              ) : null}
            </Stack>
          </form>
        ) : (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c={review.reflection ? undefined : 'dimmed'}>
            {review.reflection || 'No reflection yet.'}
          </Text>
        )}
        {acknowledged ? <Text size="sm">{`Acknowledged on ${formatDate(review.acknowledgedAt)}.`}</Text> : null}
      </Stack>
    </Card>
  );
}
