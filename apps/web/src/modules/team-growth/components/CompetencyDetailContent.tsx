import { Anchor, Badge, Card, Group, Paper, SimpleGrid, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import type { TeamGrowthCompetencyDetailFragment, TeamGrowthDetailRatingFragment } from '@web/generated/graphql';
import { formatDate } from '@web/shared/utils/format';
import { formatEvidenceKind } from '../utils/evidenceKinds';

interface CompetencyDetailContentProps {
  detail: TeamGrowthCompetencyDetailFragment;
  personName: string;
  levelName: string;
}

function RatingCard({ title, rating }: { title: string; rating: TeamGrowthDetailRatingFragment | null }) {
  return (
    <Card padding="md" component="section" aria-label={title}>
      <Stack gap={6}>
        <Text size="xs" tt="uppercase" fw={650} c="dimmed">
          {title}
        </Text>
        {rating ? (
          <>
            <Text fw={650}>{rating.ratingName}</Text>
            <Text size="xs" c="dimmed">
              {`${rating.authorName ? `By ${rating.authorName}, ` : ''}${formatDate(rating.updatedAt)}`}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} fs={rating.comment ? undefined : 'italic'}>
              {rating.comment || 'No comment.'}
            </Text>
          </>
        ) : (
          <Text size="sm" c="dimmed">
            Not rated yet.
          </Text>
        )}
      </Stack>
    </Card>
  );
}

export function CompetencyDetailContent({ detail, personName, levelName }: CompetencyDetailContentProps) {
  return (
    <Stack gap="lg">
      <Text size="sm">{detail.competencyDescription}</Text>

      <Paper withBorder p="md" bg="gray.0">
        <Stack gap={4}>
          <Title order={3} size="h6">
            {`Expected of ${/^[aeiou]/i.test(levelName) ? 'an' : 'a'} ${levelName}`}
          </Title>
          <Text size="sm">{detail.expectation ?? 'The framework states no expectation for this level.'}</Text>
        </Stack>
      </Paper>

      <Stack gap="sm">
        <Title order={3} size="h5">
          {`Ratings for ${detail.quarter.label}`}
        </Title>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <RatingCard title="Self-assessment" rating={detail.self} />
          <RatingCard title="Manager rating" rating={detail.manager} />
        </SimpleGrid>
      </Stack>

      <Stack gap="sm">
        <Title order={3} size="h5">
          {`Evidence (${detail.evidence.length})`}
        </Title>
        {detail.evidence.length === 0 ? (
          <Text size="sm" c="dimmed">
            {`Nothing ${personName} has recorded is tagged with ${detail.competencyName} yet.`}
          </Text>
        ) : (
          <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }} aria-label="Evidence">
            {detail.evidence.map((item) => (
              <Card component="li" key={item.id} padding="sm">
                <Stack gap={4}>
                  <Group gap="xs" wrap="nowrap">
                    <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
                      {formatDate(item.date)}
                    </Text>
                    <Badge size="sm" variant="light" color="indigo" style={{ flexShrink: 0 }}>
                      {formatEvidenceKind(item.kind)}
                    </Badge>
                  </Group>
                  {item.link ? (
                    <Anchor href={item.link} target="_blank" rel="noreferrer" fw={600} size="sm">
                      {item.title}
                      <IconExternalLink size={14} aria-hidden style={{ marginLeft: 4, verticalAlign: -2 }} />
                      <VisuallyHidden> (opens in a new tab)</VisuallyHidden>
                    </Anchor>
                  ) : (
                    <Text fw={600} size="sm">
                      {item.title}
                    </Text>
                  )}
                  {item.impact ? (
                    <Text size="sm" c="gray.8">
                      {item.impact}
                    </Text>
                  ) : null}
                </Stack>
              </Card>
            ))}
          </Stack>
        )}
      </Stack>
    </Stack>
  );
}
