import { useMutation, useQuery } from '@apollo/client/react';
import { ActionIcon, Button, Group, Indicator, Popover, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBell } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { formatDateTime } from '@web/shared/utils/format';
import { markNotificationsReadMutation, myNotificationsQuery } from '../graphql/notifications';
import classes from './NotificationsMenu.module.css';

/** Asked again every few minutes, so the day-before reminder shows without a reload. */
const POLL_MS = 5 * 60 * 1000;

/**
 * The bell in the header: the viewer's notifications (a one-on-one tomorrow, an action item given
 * or due), unread ones counted on the bell; opening one marks it read and goes where it points.
 */
export function NotificationsMenu() {
  const [opened, { close, toggle }] = useDisclosure(false);
  const navigate = useNavigate();
  const { data } = useQuery(myNotificationsQuery, { pollInterval: POLL_MS });
  const [markRead, marking] = useMutation(markNotificationsReadMutation, {
    update(cache, result) {
      const list = result.data?.markNotificationsRead;
      if (list) cache.writeQuery({ query: myNotificationsQuery, data: { myNotifications: list } });
    },
  });
  const list = data?.myNotifications;
  const unread = list?.unread ?? 0;
  const label = unread > 0 ? `Notifications, ${unread} unread` : 'Notifications';

  const open = (id: string, link: string | null, read: boolean) => {
    close();
    if (!read) void markRead({ variables: { ids: [id] } }).catch(() => undefined);
    if (link) void navigate(link);
  };

  return (
    <Indicator disabled={unread === 0} label={unread > 9 ? '9+' : unread} size={18} color="red.8" offset={4}>
      <Popover
        opened={opened}
        onChange={(next) => (next ? undefined : close())}
        position="bottom-end"
        width={340}
        shadow="md"
        withinPortal
      >
        <Popover.Target>
          <ActionIcon variant="default" size="lg" aria-label={label} onClick={toggle}>
            <IconBell size={18} aria-hidden />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown p="xs">
          <Stack gap={4}>
            <Group justify="space-between" px={6} pt={2}>
              <Text fw={600} size="sm" id="notifications-title">
                Notifications
              </Text>
              {unread > 0 ? (
                <Button
                  size="compact-xs"
                  variant="subtle"
                  loading={marking.loading}
                  onClick={() => void markRead({ variables: { ids: null } }).catch(() => undefined)}
                >
                  Mark all read
                </Button>
              ) : null}
            </Group>
            {!list ? (
              <Text size="sm" c="dimmed" px={6} py="xs">
                Loading…
              </Text>
            ) : list.items.length === 0 ? (
              <Text size="sm" c="dimmed" px={6} py="xs">
                Nothing new. Reminders of your one-on-ones and action items show here.
              </Text>
            ) : (
              <ul className={classes.list} aria-labelledby="notifications-title">
                {list.items.map((item) => (
                  <li key={item.id}>
                    <UnstyledButton
                      className={classes.item}
                      data-unread={!item.read || undefined}
                      onClick={() => open(item.id, item.link, item.read)}
                    >
                      <Text size="sm" fw={item.read ? 400 : 600}>
                        {item.read ? null : <span className={classes.srOnly}>Unread: </span>}
                        {item.text}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {formatDateTime(item.createdAt)}
                      </Text>
                    </UnstyledButton>
                  </li>
                ))}
              </ul>
            )}
          </Stack>
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}
