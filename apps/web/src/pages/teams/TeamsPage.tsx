import { Button, Paper } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus, IconUsersGroup } from '@tabler/icons-react';
import { useCurrentUser } from '@web/modules/auth/hooks/useCurrentUser';
import { TeamFormDialog } from '@web/modules/teams/components/TeamFormDialog';
import { TeamsTable } from '@web/modules/teams/components/TeamsTable';
import { useTeams } from '@web/modules/teams/hooks/useTeams';
import { EmptyMessage } from '@web/shared/components/EmptyMessage';
import { LoadingState } from '@web/shared/components/LoadingState';
import { PageHeader } from '@web/shared/components/PageHeader';
import { QueryError } from '@web/shared/components/QueryError';

export function TeamsPage() {
  const { user } = useCurrentUser();
  const { teams, error, refetch } = useTeams();
  const [creating, { open, close }] = useDisclosure(false);
  const isAdmin = user?.role === 'ADMIN';

  return (
    <>
      <PageHeader
        title="Teams"
        description="Teams, their leads and how they nest."
        actions={
          isAdmin ? (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={open}>
              Create team
            </Button>
          ) : null
        }
      />
      <Paper withBorder p="md">
        {error && !teams ? (
          <QueryError title="Could not load teams" error={error} onRetry={() => refetch()} />
        ) : !teams ? (
          <LoadingState label="Loading teams" rows={6} />
        ) : teams.length === 0 ? (
          <EmptyMessage
            title="No teams yet"
            description={isAdmin ? 'Create the first team to group people.' : 'Teams you can see will be listed here.'}
            icon={<IconUsersGroup size={32} aria-hidden />}
          />
        ) : (
          <TeamsTable teams={teams} />
        )}
      </Paper>
      {isAdmin ? <TeamFormDialog opened={creating} onClose={close} /> : null}
    </>
  );
}
