import { useQuery } from '@apollo/client/react';
import { Button, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAdjustments, IconHistory, IconUserCog, IconUsers, IconUsersGroup } from '@tabler/icons-react';
import { Link } from 'react-router';
import { adminPath, paths } from '@web/shared/routes';
import { LoadingState } from '@web/shared/components/LoadingState';
import { QueryError } from '@web/shared/components/QueryError';
import { adminOverviewQuery } from '../graphql/adminOverviewQuery';
import { StatCard } from './StatCard';

const shortcuts = [
  {
    label: 'Manage users',
    description: 'Create accounts, change roles, deactivate.',
    to: adminPath(),
    icon: IconUserCog,
  },
  {
    label: 'Organization settings',
    description: 'Fiscal year, capacity, development target.',
    to: adminPath('settings'),
    icon: IconAdjustments,
  },
  {
    label: 'Audit log',
    description: 'Sign-ins, and who changed which record and when (not who read it).',
    to: adminPath('audit-log'),
    icon: IconHistory,
  },
  { label: 'Teams', description: 'Create teams and set their leads.', to: paths.teams, icon: IconUsersGroup },
];

export function AdminOverview() {
  const { data, error, refetch } = useQuery(adminOverviewQuery);

  return (
    <Stack gap="xl">
      <section aria-labelledby="org-at-a-glance">
        <Title order={2} size="h4" mb="sm" id="org-at-a-glance">
          {data ? `${data.organization.name} at a glance` : 'Your organization at a glance'}
        </Title>
        {error && !data ? (
          <QueryError title="Could not load the organization's figures" error={error} onRetry={() => refetch()} />
        ) : !data ? (
          <LoadingState label="Loading figures" rows={2} />
        ) : (
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="md">
            <StatCard
              label="People"
              value={data.people.filter((person) => person.active).length}
              hint={`${data.people.length} in total`}
              icon={<IconUsers size={22} />}
            />
            <StatCard label="Teams" value={data.teams.length} icon={<IconUsersGroup size={22} />} />
            <StatCard
              label="Active users"
              value={data.users.filter((user) => user.active).length}
              hint={`${data.users.length} accounts`}
              icon={<IconUserCog size={22} />}
            />
          </SimpleGrid>
        )}
      </section>
      <section aria-labelledby="admin-shortcuts">
        <Title order={2} size="h4" mb="sm" id="admin-shortcuts">
          Shortcuts
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {shortcuts.map((shortcut) => {
            const ShortcutIcon = shortcut.icon;
            return (
              <Card key={shortcut.label} padding="md">
                <Stack gap={6} align="flex-start">
                  <Button
                    component={Link}
                    to={shortcut.to}
                    variant="subtle"
                    px={0}
                    leftSection={<ShortcutIcon size={18} aria-hidden />}
                  >
                    {shortcut.label}
                  </Button>
                  <Text size="sm" c="dimmed">
                    {shortcut.description}
                  </Text>
                </Stack>
              </Card>
            );
          })}
        </SimpleGrid>
      </section>
    </Stack>
  );
}
