import { useMutation, useQuery } from '@apollo/client/react';
import { ActionIcon, Button, Group, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconAlertTriangle,
  IconBulb,
  IconCalendarExclamation,
  IconChecklist,
  IconPlant2,
  IconPlus,
  IconScale,
  IconTarget,
  IconX,
  type Icon,
} from '@tabler/icons-react';
import { useState } from 'react';
import type { TalkingPointSignal } from '@web/generated/graphql';
import { QueryError } from '@web/shared/components/QueryError';
import { getUserMessage } from '@web/shared/graphql/errors';
import {
  addSuggestedTalkingPointMutation,
  dismissTalkingPointSuggestionMutation,
  meetingSuggestionsQuery,
} from '../graphql/suggestions';

const SIGNAL_ICON: Record<TalkingPointSignal, Icon> = {
  OVERDUE_ACTION: IconChecklist,
  OVER_ALLOCATED: IconAlertTriangle,
  MISSING_SELF_ASSESSMENT: IconCalendarExclamation,
  STALE_GOAL: IconTarget,
  RATING_DISAGREEMENT: IconScale,
  NO_DEVELOPMENT_TIME: IconPlant2,
  STRETCH_ASSIGNMENT: IconPlant2,
};

interface SuggestionsPanelProps {
  meetingId: string;
  /** After a suggestion joins the agenda: the meeting reads its agenda again. */
  onAdded?: () => void;
}

/**
 * What Trellis suggests talking about, from what it knows (goals, action items, the plan), each
 * with why; one click puts it on the agenda as the viewer's point, or dismisses it for this
 * meeting. Shows nothing when there is nothing to suggest.
 */
export function SuggestionsPanel({ meetingId, onAdded }: SuggestionsPanelProps) {
  const query = useQuery(meetingSuggestionsQuery, { variables: { meetingId } });
  const [add] = useMutation(addSuggestedTalkingPointMutation, {
    update(cache, result) {
      const left = result.data?.addSuggestedTalkingPoint;
      if (left)
        cache.writeQuery({
          query: meetingSuggestionsQuery,
          variables: { meetingId },
          data: { meetingSuggestions: left },
        });
    },
  });
  const [dismiss] = useMutation(dismissTalkingPointSuggestionMutation, {
    update(cache, result) {
      const left = result.data?.dismissTalkingPointSuggestion;
      if (left)
        cache.writeQuery({
          query: meetingSuggestionsQuery,
          variables: { meetingId },
          data: { meetingSuggestions: left },
        });
    },
  });
  const [busy, setBusy] = useState<string | null>(null);

  const act = async (key: string, text: string, action: 'add' | 'dismiss') => {
    setBusy(key);
    try {
      if (action === 'add') {
        await add({ variables: { meetingId, key } });
        onAdded?.();
      } else {
        await dismiss({ variables: { meetingId, key } });
      }
    } catch (error) {
      notifications.show({
        color: 'red',
        title: action === 'add' ? 'Could not add the point' : 'Could not dismiss the suggestion',
        message: getUserMessage(error, `"${text}" could not be saved. Please try again.`),
        autoClose: 8_000,
      });
      void query.refetch();
    } finally {
      setBusy(null);
    }
  };

  const list = query.data?.meetingSuggestions;
  if (!list && query.error) {
    return <QueryError title="Could not load suggestions" error={query.error} onRetry={() => query.refetch()} />;
  }
  if (!list || list.length === 0) return null;

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={`suggestions-${meetingId}`} bg="yellow.0">
      <Stack gap="xs">
        <Group gap={6}>
          <IconBulb size={18} aria-hidden />
          <Title order={3} size="h5" id={`suggestions-${meetingId}`}>
            Trellis suggests
          </Title>
        </Group>
        <Stack gap={6} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {list.map((suggestion) => {
            const SignalIcon = SIGNAL_ICON[suggestion.signal];
            return (
              <Group key={suggestion.key} component="li" gap="sm" wrap="nowrap" align="flex-start">
                <SignalIcon size={18} aria-hidden style={{ flexShrink: 0, marginTop: 3 }} />
                <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
                  <Text size="sm" fw={600}>
                    {suggestion.text}
                  </Text>
                  <Text size="xs" c="dark.6">
                    {suggestion.reason}
                  </Text>
                </Stack>
                <Group gap={4} wrap="nowrap">
                  <Button
                    size="compact-sm"
                    variant="default"
                    leftSection={<IconPlus size={14} aria-hidden />}
                    loading={busy === suggestion.key}
                    disabled={busy !== null && busy !== suggestion.key}
                    onClick={() => void act(suggestion.key, suggestion.text, 'add')}
                    aria-label={`Add to the agenda: ${suggestion.text}`}
                  >
                    Add
                  </Button>
                  <Tooltip label="Not for this meeting">
                    <ActionIcon
                      variant="subtle"
                      color="gray.8"
                      disabled={busy !== null}
                      onClick={() => void act(suggestion.key, suggestion.text, 'dismiss')}
                      aria-label={`Dismiss for this meeting: ${suggestion.text}`}
                    >
                      <IconX size={16} aria-hidden />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              </Group>
            );
          })}
        </Stack>
      </Stack>
    </Paper>
  );
}
