import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Modal, Paper, ScrollArea, Select, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconUserPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { personPath } from '@web/shared/routes';
import type { AdminUserFragment, Role } from '@web/generated/graphql';
import { EmptyMessage } from '@web/shared/components/EmptyMessage';
import { LoadingState } from '@web/shared/components/LoadingState';
import { QueryError } from '@web/shared/components/QueryError';
import { RouterAnchor } from '@web/shared/components/RouterAnchor';
import { getUserMessage } from '@web/shared/graphql/errors';
import { formatDateTime, formatRole, roleOptions } from '@web/shared/utils/format';
import { useCurrentUser } from '@web/modules/auth/hooks/useCurrentUser';
import { usePeople } from '@web/modules/people/hooks/usePeople';
import { sortByName } from '@web/shared/utils/sortByName';
import { changeUserRoleMutation } from '../graphql/changeUserRoleMutation';
import { deactivateUserMutation } from '../graphql/deactivateUserMutation';
import { usersQuery } from '../graphql/usersQuery';
import { CreateUserForm } from './CreateUserForm';

function RoleSelect({ user, disabled }: { user: AdminUserFragment; disabled: boolean }) {
  const [changeRole, { loading }] = useMutation(changeUserRoleMutation);
  const onChange = async (value: Role | null) => {
    if (!value || value === user.role) return;
    try {
      await changeRole({ variables: { userId: user.id, role: value } });
      notifications.show({
        color: 'teal',
        title: 'Role changed',
        message: `${user.email} is now ${formatRole(value)}.`,
      });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not change the role', message: getUserMessage(error) });
    }
  };
  return (
    <Select
      aria-label={`Role of ${user.email}`}
      data={roleOptions}
      value={user.role}
      onChange={(value) => void onChange(value)}
      allowDeselect={false}
      disabled={disabled || loading || !user.active}
      size="xs"
      w={130}
    />
  );
}

export function UsersPanel() {
  const { user: viewer } = useCurrentUser();
  const { data, error, refetch } = useQuery(usersQuery);
  const [creating, createDialog] = useDisclosure(false);
  const [pending, setPending] = useState<AdminUserFragment | null>(null);
  const [deactivate, deactivation] = useMutation(deactivateUserMutation);
  const people = usePeople({ skip: !creating });

  const users = useMemo(
    () => (data ? [...data.users].sort((a, b) => a.email.localeCompare(b.email)) : undefined),
    [data],
  );

  const personOptions = useMemo(() => {
    const linked = new Set((data?.users ?? []).flatMap((item) => (item.person ? [item.person.id] : [])));
    return sortByName(people.people ?? [])
      .filter((person) => !linked.has(person.id))
      .map((person) => ({ value: person.id, label: `${person.name} · ${person.title}` }));
  }, [data, people.people]);

  const confirmDeactivate = async () => {
    if (!pending) return;
    try {
      await deactivate({ variables: { userId: pending.id } });
      notifications.show({
        color: 'teal',
        title: 'User deactivated',
        message: `${pending.email} can no longer sign in.`,
      });
      setPending(null);
    } catch (deactivateError) {
      notifications.show({ color: 'red', title: 'Could not deactivate', message: getUserMessage(deactivateError) });
    }
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          Accounts that can sign in to your organization.
        </Text>
        <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={createDialog.open}>
          Create user
        </Button>
      </Group>
      <Paper withBorder p="md">
        {error && !users ? (
          <QueryError title="Could not load users" error={error} onRetry={() => refetch()} />
        ) : !users ? (
          <LoadingState label="Loading users" rows={6} />
        ) : users.length === 0 ? (
          <EmptyMessage title="No users yet" description="Create the first account." />
        ) : (
          <ScrollArea type="auto" offsetScrollbars>
            <Table aria-label="Users" miw={860}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Email</Table.Th>
                  <Table.Th scope="col">Role</Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                  <Table.Th scope="col">Linked person</Table.Th>
                  <Table.Th scope="col">Last sign-in</Table.Th>
                  <Table.Th scope="col">
                    <span>Actions</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {users.map((item) => {
                  const isSelf = item.id === viewer?.id;
                  return (
                    <Table.Tr key={item.id}>
                      <Table.Td>
                        <Text size="sm" fw={500}>
                          {item.email}
                          {isSelf ? (
                            <Text component="span" size="xs" c="dimmed" ml={6}>
                              (you)
                            </Text>
                          ) : null}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <RoleSelect user={item} disabled={isSelf} />
                      </Table.Td>
                      <Table.Td>
                        {item.active ? (
                          <Badge color="teal.9" variant="outline">
                            Active
                          </Badge>
                        ) : (
                          <Badge color="gray.8" variant="outline">
                            Deactivated
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {item.person ? (
                          <RouterAnchor to={personPath(item.person.id)}>{item.person.name}</RouterAnchor>
                        ) : (
                          <Text size="sm" c="dimmed">
                            Not linked
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{item.lastSignInAt ? formatDateTime(item.lastSignInAt) : 'Never'}</Text>
                      </Table.Td>
                      <Table.Td>
                        {item.active ? (
                          <Button
                            size="xs"
                            variant="outline"
                            color="red.8"
                            onClick={() => setPending(item)}
                            disabled={isSelf}
                            aria-label={`Deactivate ${item.email}`}
                          >
                            Deactivate
                          </Button>
                        ) : null}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        )}
      </Paper>

      <Modal opened={creating} onClose={createDialog.close} title="Create user" centered>
        {people.error && !people.people ? (
          <QueryError title="Could not load people" error={people.error} onRetry={() => people.refetch()} />
        ) : !people.people ? (
          <LoadingState label="Loading form" rows={4} />
        ) : (
          <CreateUserForm
            personOptions={personOptions}
            onCancel={createDialog.close}
            onCreated={(created) => {
              notifications.show({
                color: 'teal',
                title: 'User created',
                message: `${created.email} can now sign in.`,
              });
              createDialog.close();
            }}
          />
        )}
      </Modal>

      <Modal opened={pending !== null} onClose={() => setPending(null)} title="Deactivate user?" centered>
        <Stack gap="md">
          <Text size="sm">
            <strong>{pending?.email}</strong> will be signed out and can no longer sign in. Their person record and
            history stay.
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setPending(null)}>
              Cancel
            </Button>
            <Button color="red.8" onClick={() => void confirmDeactivate()} loading={deactivation.loading}>
              Deactivate
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
