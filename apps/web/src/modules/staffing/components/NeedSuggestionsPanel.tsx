import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlant2, IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { EmptyMessage } from '@web/shared/components/EmptyMessage';
import { LoadingState } from '@web/shared/components/LoadingState';
import { QueryError } from '@web/shared/components/QueryError';
import { getUserMessage } from '@web/shared/graphql/errors';
import { personPath } from '@web/shared/routes';
import { createAllocationMutation } from '../graphql/createAllocationMutation';
import { needSuggestionsQuery } from '../graphql/needSuggestionsQuery';

interface NeedSuggestionsPanelProps {
  need: { id: string; role: string; percent: number; openPercent: number; startDate: string; endDate: string };
  /** After an assignment: the project and the timeline read their figures again. */
  onAssigned?: () => void;
}

const REFRESH = ['Project', 'Projects', 'StaffingTimeline', 'StaffingBalance', 'NeedSuggestions'];

/**
 * Who could fill an open need, best first, each with the sentence that explains it: assign as a
 * stretch (linked to the goal the work grows) or as safe.
 */
export function NeedSuggestionsPanel({ need, onAssigned }: NeedSuggestionsPanelProps) {
  const query = useQuery(needSuggestionsQuery, { variables: { needId: need.id } });
  const [create] = useMutation(createAllocationMutation, { refetchQueries: REFRESH, awaitRefetchQueries: true });
  const [busy, setBusy] = useState<string | null>(null);

  const assign = async (personId: string, name: string, goalId: string | null) => {
    setBusy(`${personId}:${goalId ? 'stretch' : 'safe'}`);
    try {
      const result = await create({
        variables: {
          input: {
            personId,
            needId: need.id,
            percent: need.openPercent || need.percent,
            startDate: need.startDate,
            endDate: need.endDate,
            status: 'CONFIRMED',
            note: '',
            goalIds: goalId ? [goalId] : [],
          },
        },
      });
      const warning = result.data?.createAllocation.warning;
      notifications.show({
        color: warning ? 'yellow' : 'teal',
        title: goalId ? `${name} takes it as a stretch` : `${name} takes it`,
        message: warning ?? `${need.role}: ${need.openPercent || need.percent}% of ${name}'s time.`,
        autoClose: warning ? 10_000 : 4_000,
      });
      onAssigned?.();
    } catch (error) {
      notifications.show({
        color: 'red',
        title: `Could not assign ${name}`,
        message: getUserMessage(error, 'The plan could not be saved. Please try again.'),
        autoClose: 10_000,
      });
    } finally {
      setBusy(null);
    }
  };

  const data = query.data?.needSuggestions;
  return (
    <Stack gap="sm" aria-label={`Who could be the ${need.role}`} role="region">
      <Title order={3} size="h5">
        Who could be the {need.role}
      </Title>
      {!data && query.error ? (
        <QueryError title="Could not load suggestions" error={query.error} onRetry={() => query.refetch()} />
      ) : !data ? (
        <LoadingState label="Ranking the people you reach" rows={3} />
      ) : data.suggestions.length === 0 ? (
        <EmptyMessage
          title="Nobody free with the skills yet"
          description="None of the people you reach has both free time in these weeks and a rating near the level this need asks for."
        />
      ) : (
        data.suggestions.map((s, index) => {
          const first = s.person.name.split(' ')[0];
          return (
            <Card key={s.person.id} withBorder padding="sm">
              <Stack gap={6}>
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <Group gap="xs">
                    <Text fw={600} size="sm">
                      {index + 1}.{' '}
                      <Anchor component={Link} to={personPath(s.person.id)}>
                        {s.person.name}
                      </Anchor>
                    </Text>
                    <Text size="xs" c="dimmed">
                      {[s.person.title, s.person.teamName].filter(Boolean).join(' · ')}
                    </Text>
                  </Group>
                  {s.stretchGoal ? (
                    <Badge variant="outline" color="teal.9" leftSection={<IconPlant2 size={12} aria-hidden />}>
                      Stretch: {s.stretchGoal.title}
                    </Badge>
                  ) : null}
                </Group>
                <Text size="sm">{s.explanation}</Text>
                <Group gap="md" wrap="wrap" aria-hidden>
                  {[
                    ['Free time', s.capacityFit],
                    ['Fit', s.competencyFit],
                    ['Growth', s.growthValue],
                  ].map(([label, value]) => (
                    <Group key={label as string} gap={6} wrap="nowrap">
                      <Text size="xs" c="dimmed" w={58}>
                        {label as string}
                      </Text>
                      <Progress value={(value as number) * 100} w={80} size="sm" color="indigo" />
                    </Group>
                  ))}
                </Group>
                <Group gap="xs">
                  {s.stretchGoal ? (
                    <Button
                      size="xs"
                      leftSection={<IconPlant2 size={14} aria-hidden />}
                      loading={busy === `${s.person.id}:stretch`}
                      disabled={busy !== null}
                      onClick={() => void assign(s.person.id, first, s.stretchGoal?.id ?? null)}
                    >
                      Assign {first} as a stretch
                    </Button>
                  ) : null}
                  <Button
                    size="xs"
                    variant="default"
                    leftSection={<IconShieldCheck size={14} aria-hidden />}
                    loading={busy === `${s.person.id}:safe`}
                    disabled={busy !== null}
                    onClick={() => void assign(s.person.id, first, null)}
                  >
                    Assign {first} as safe
                  </Button>
                </Group>
              </Stack>
            </Card>
          );
        })
      )}
    </Stack>
  );
}
