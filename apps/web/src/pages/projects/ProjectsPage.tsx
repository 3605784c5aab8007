import { useSearchParams } from 'react-router';
import { useCurrentUser } from '@web/modules/auth/hooks/useCurrentUser';
import { parseStatusFilter, ProjectsView } from '@web/modules/staffing/components/ProjectsView';

/** /projects?status=<ACTIVE|…|all>&team=<id>: the filters live in the address, so a view can be shared. */
export function ProjectsPage() {
  const [params, setParams] = useSearchParams();
  const { user } = useCurrentUser();
  const status = parseStatusFilter(params.get('status'));
  const teamId = params.get('team') || null;
  // No project carries "may create" (canEdit is per project): the API lets managers and admins.
  const canCreate = user?.role === 'MANAGER' || user?.role === 'ADMIN';
  return (
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
  );
}
