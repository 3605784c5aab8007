import { Badge, NativeSelect, Paper, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import type { AssessmentSource, RatingRungFieldsFragment } from '@web/generated/graphql';
import { type CompetencyRow, differsLabel, selectableRungs } from '../utils/growthView';
import { COMMENT_MAX_LENGTH, type DraftEntry } from '../utils/ratingDraft';
import classes from './growth.module.css';

interface CompetencyRatingFieldProps {
  competency: CompetencyRow;
  source: AssessmentSource;
  entry: DraftEntry;
  error: string | undefined;
  scale: readonly RatingRungFieldsFragment[];
  level: RatingRungFieldsFragment | null;
  /** The rated person's first name, for the manager's view of their self rating. */
  personFirstName: string;
  onChange: (entry: DraftEntry) => void;
}

export const ratingFieldId = (competencyKey: string) => `rating-${competencyKey}`;

/** One competency in the rating flow: what is expected, (for a manager) the self rating, the choice. */
export function CompetencyRatingField({
  competency,
  source,
  entry,
  error,
  scale,
  level,
  personFirstName,
  onChange,
}: CompetencyRatingFieldProps) {
  const saved = source === 'SELF' ? competency.self : competency.manager;
  const next = level ? scale.find((rung) => rung.position === level.position + 1 && !rung.retired) : undefined;
  const whose = source === 'SELF' ? 'your' : `${personFirstName}'s`;
  const options = [
    // A saved rating can be changed but not taken back.
    ...(saved ? [] : [{ value: '', label: 'Not rated yet' }]),
    ...selectableRungs(scale, saved?.rating).map((rung) => ({
      value: rung.key,
      label:
        rung.name +
        (rung.retired ? ' (retired)' : level && rung.key === level.key ? ` (${whose} level)` : '') +
        (next && rung.key === next.key ? ' (next level)' : ''),
    })),
  ];
  const chosen = scale.find((rung) => rung.key === entry.rating);
  const selfRating = competency.self;
  const apart =
    source === 'MANAGER' && selfRating?.ratingPosition != null && chosen
      ? Math.abs(chosen.position - selfRating.ratingPosition)
      : null;
  const headingId = `rate-${competency.competencyKey}`;
  const ratingLabel = source === 'SELF' ? 'Your rating' : `Your rating of ${personFirstName}`;

  return (
    <Paper component="section" withBorder p="md" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={4} size="h5" id={headingId}>
            {competency.competencyName}
          </Title>
          <Text size="sm" c="dimmed">
            {competency.competencyDescription}
          </Text>
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Stack gap={2}>
            <Text size="xs" tt="uppercase" fw={600} c="dimmed">
              Expected at {level?.name ?? 'this level'}
            </Text>
            <Text size="sm">{competency.expectation ?? 'No expectation at this level.'}</Text>
          </Stack>
          <Stack gap={2}>
            <Text size="xs" tt="uppercase" fw={600} c="dimmed">
              {next ? `Expected at ${next.name} (next level)` : 'Next level'}
            </Text>
            <Text size="sm">{competency.nextExpectation ?? 'Top of the track: there is no next level.'}</Text>
          </Stack>
        </SimpleGrid>
        {source === 'MANAGER' ? (
          <Stack gap={2} className={classes.selfComment}>
            <Text size="sm">
              <Text span fw={600}>
                {personFirstName}&apos;s self rating:
              </Text>{' '}
              {selfRating ? selfRating.ratingName : 'not rated yet'}
            </Text>
            {selfRating?.comment ? (
              <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
                “{selfRating.comment}”
              </Text>
            ) : null}
          </Stack>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Stack gap={6}>
            <NativeSelect
              id={ratingFieldId(competency.competencyKey)}
              label={ratingLabel}
              aria-label={`${ratingLabel} for ${competency.competencyName}`}
              data={options}
              value={entry.rating}
              onChange={(event) => onChange({ ...entry, rating: event.currentTarget.value })}
              error={error}
              description={chosen?.summary}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
            />
            {apart !== null && apart > 0 ? (
              <Badge size="sm" radius="sm" tt="none" className={classes.disagreementBadge}>
                {`${differsLabel(apart)} from ${personFirstName}'s rating`}
              </Badge>
            ) : null}
          </Stack>
          <Textarea
            label="Comment"
            description="Optional"
            aria-label={`Comment on ${competency.competencyName}`}
            placeholder={source === 'SELF' ? 'What you did that shows it' : 'What you saw, and what would raise it'}
            autosize
            minRows={2}
            maxRows={6}
            maxLength={COMMENT_MAX_LENGTH}
            value={entry.comment}
            onChange={(event) => onChange({ ...entry, comment: event.currentTarget.value })}
          />
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
