import { Stack } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useCurrentUser } from '@web/modules/auth/hooks/useCurrentUser';
import { parseStatusFilter, ProjectsView } from '@web/modules/staffing/components/ProjectsView';
import { SkillCoveragePanel } from '@web/modules/staffing/components/SkillCoveragePanel';

/** /projects?status=<ACTIVE|…|all>&team=<id>: the filters live in the address, so a view can be shared. */
export function ProjectsPage() {
  const [params, setParams] = useSearchParams();
  const { user } = useCurrentUser();
  const status = parseStatusFilter(params.get('status'));
  const teamId = params.get('team') || null;
  // No project carries "may create" (canEdit is per project): the API lets managers and admins.
  const canCreate = user?.role === 'MANAGER' || user?.role === 'ADMIN';
  return (
    <Stack gap="xl">
      <ProjectsView
        status={status}
        teamId={teamId}
        canCreate={canCreate}
        onFilterChange={(filters) => {
          const next = new URLSearchParams();
          if (filters.status !== 'open') next.set('status', filters.status);
          if (filters.teamId) next.set('team', filters.teamId);
          setParams(next, { replace: true });
        }}
      />
      {/* Coverage reads manager ratings: a manager's view of the people they reach. */}
      {user?.role === 'MANAGER' ? <SkillCoveragePanel teamId={teamId} /> : null}
    </Stack>
  );
}
