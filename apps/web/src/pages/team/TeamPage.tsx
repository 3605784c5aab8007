import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPencil } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { teamPath } from '@web/shared/routes';
import { PeopleTable } from '@web/modules/people/components/PeopleTable';
import { sortByName } from '@web/shared/utils/sortByName';
import { TeamFormDialog } from '@web/modules/teams/components/TeamFormDialog';
import { TeamLead } from '@web/modules/teams/components/TeamLead';
import { useTeam } from '@web/modules/teams/hooks/useTeam';
import { EmptyMessage } from '@web/shared/components/EmptyMessage';
import { LoadingState } from '@web/shared/components/LoadingState';
import { PageHeader } from '@web/shared/components/PageHeader';
import { QueryError } from '@web/shared/components/QueryError';
import { RouterAnchor } from '@web/shared/components/RouterAnchor';
import { AccessDeniedContent, NotFoundContent } from '@web/shared/components/StatusContent';
import { hasErrorCode } from '@web/shared/graphql/errors';
import { whatYouCanSee } from '@web/shared/utils/accessMessages';
import { useCurrentUser } from '@web/modules/auth/hooks/useCurrentUser';

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} component="dt">
        {label}
      </Text>
      <Text size="sm" component="dd" m={0} mt={2}>
        {children}
      </Text>
    </div>
  );
}

export function TeamPage() {
  const { teamId = '' } = useParams();
  const { team, error, refetch } = useTeam(teamId);
  const { user } = useCurrentUser();
  const [editing, { open, close }] = useDisclosure(false);

  if (!team) {
    if (hasErrorCode(error, 'NOT_FOUND') || hasErrorCode(error, 'BAD_USER_INPUT')) {
      return <NotFoundContent message="There is no team with this address." />;
    }
    if (hasErrorCode(error, 'FORBIDDEN')) return <AccessDeniedContent message={whatYouCanSee(user?.role)} />;
    return (
      <>
        <PageHeader title="Team" documentTitle={error ? 'Team' : 'Loading team'} />
        {error ? (
          <QueryError title="Could not load this team" error={error} onRetry={() => refetch()} />
        ) : (
          <LoadingState label="Loading team" rows={6} />
        )}
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={team.name}
        description={`${team.memberCount} ${team.memberCount === 1 ? 'member' : 'members'}`}
        actions={
          team.canEdit ? (
            <Button leftSection={<IconPencil size={16} aria-hidden />} onClick={open}>
              Edit team
            </Button>
          ) : null
        }
      />
      <Stack gap="lg">
        <Card>
          <SimpleGrid component="dl" cols={{ base: 1, sm: 3 }} spacing="lg" m={0}>
            <Detail label="Lead">
              <TeamLead team={team} />
            </Detail>
            <Detail label="Parent team">
              {team.parent ? (
                <RouterAnchor to={teamPath(team.parent.id)}>{team.parent.name}</RouterAnchor>
              ) : (
                'None (top level)'
              )}
            </Detail>
            <Detail label="Sub-teams">
              {team.children.length === 0 ? (
                'None'
              ) : (
                <Group component="span" gap="xs">
                  {sortByName(team.children).map((child) => (
                    <RouterAnchor key={child.id} to={teamPath(child.id)}>
                      {child.name}
                    </RouterAnchor>
                  ))}
                </Group>
              )}
            </Detail>
          </SimpleGrid>
        </Card>
        <Card>
          <Stack gap="sm">
            <Title order={2} size="h4">
              Members
            </Title>
            {team.memberCount === 0 ? (
              <EmptyMessage title="No members yet" description="People assigned to this team will be listed here." />
            ) : (
              <PeopleTable people={sortByName(team.members)} label={`Members of ${team.name}`} hideTeam />
            )}
          </Stack>
        </Card>
      </Stack>
      {team.canEdit ? <TeamFormDialog opened={editing} onClose={close} team={team} onReload={() => refetch()} /> : null}
    </>
  );
}
