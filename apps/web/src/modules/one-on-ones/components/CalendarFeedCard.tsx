import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, CopyButton, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconCalendarPlus, IconCheck, IconCopy } from '@tabler/icons-react';
import { useState } from 'react';
import { FormAlert } from '@web/shared/components/FormAlert';
import { LoadingState } from '@web/shared/components/LoadingState';
import { QueryError } from '@web/shared/components/QueryError';
import { formatDateTime } from '@web/shared/utils/format';
import {
  myCalendarFeedQuery,
  regenerateCalendarFeedMutation,
  revokeCalendarFeedMutation,
} from '../graphql/calendarFeed';

/**
 * "Add your one-on-ones to your calendar": a secret feed URL, shown once when it is made (only its
 * hash is kept), which the user can replace (revoking the old one) or turn off.
 */
export function CalendarFeedCard() {
  const { data, error, refetch } = useQuery(myCalendarFeedQuery);
  const [newUrl, setNewUrl] = useState<string | null>(null);
  const [regenerate, regenerating] = useMutation(regenerateCalendarFeedMutation, {
    refetchQueries: [myCalendarFeedQuery],
  });
  const [revoke, revoking] = useMutation(revokeCalendarFeedMutation, { refetchQueries: [myCalendarFeedQuery] });
  const feed = data?.myCalendarFeed;
  const failure = regenerating.error ?? revoking.error;

  const makeUrl = async () => {
    const result = await regenerate().catch(() => null);
    const path = result?.data?.regenerateCalendarFeed.path;
    if (path) setNewUrl(`${window.location.origin}${path}`);
  };
  const turnOff = async () => {
    const result = await revoke().catch(() => null);
    if (result?.data) setNewUrl(null);
  };

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="calendar-feed-title">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id="calendar-feed-title">
            Your one-on-ones in your calendar
          </Title>
          <Text size="sm" c="dimmed">
            Subscribe to this address in Google Calendar, Outlook or Apple Calendar. It lists the times and who you
            meet, with a reminder 15 minutes before; never agendas or notes. Keep it to yourself: anyone with it sees
            your meeting times.
          </Text>
        </div>
        {!feed ? (
          error ? (
            <QueryError title="Could not load your calendar feed" error={error} onRetry={() => refetch()} />
          ) : (
            <LoadingState label="Loading your calendar feed" rows={1} />
          )
        ) : (
          <>
            {newUrl ? (
              <Group gap="xs" align="end" wrap="nowrap">
                <TextInput
                  label="Your feed address (shown once: copy it now)"
                  value={newUrl}
                  readOnly
                  onFocus={(event) => event.currentTarget.select()}
                  style={{ flex: 1 }}
                />
                <CopyButton value={newUrl}>
                  {({ copied, copy }) => (
                    <Button
                      variant="default"
                      onClick={copy}
                      leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
                    >
                      {copied ? 'Copied' : 'Copy'}
                    </Button>
                  )}
                </CopyButton>
              </Group>
            ) : feed.active ? (
              <Text size="sm">
                {`Your feed has been on since ${formatDateTime(feed.createdAt)}. For safety its address is shown only when it is made: make a new one if you need it again (the old one stops working).`}
              </Text>
            ) : (
              <Text size="sm">You have no calendar feed.</Text>
            )}
            {failure ? (
              <FormAlert tone="error" title="That did not work">
                {failure.message}
              </FormAlert>
            ) : null}
            <Group gap="sm">
              <Button
                leftSection={<IconCalendarPlus size={16} aria-hidden />}
                onClick={() => void makeUrl()}
                loading={regenerating.loading}
              >
                {feed.active ? 'Make a new address' : 'Make a feed address'}
              </Button>
              {feed.active ? (
                <Button variant="default" color="red" onClick={() => void turnOff()} loading={revoking.loading}>
                  Turn the feed off
                </Button>
              ) : null}
            </Group>
          </>
        )}
      </Stack>
    </Card>
  );
}
