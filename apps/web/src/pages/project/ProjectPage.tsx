import { useParams, useSearchParams } from 'react-router';
import { ProjectDetail } from '@web/modules/staffing/components/ProjectDetail';
import { useProject } from '@web/modules/staffing/hooks/useProjects';
import { LoadingState } from '@web/shared/components/LoadingState';
import { PageHeader } from '@web/shared/components/PageHeader';
import { QueryError } from '@web/shared/components/QueryError';
import { NotFoundContent } from '@web/shared/components/StatusContent';
import { hasErrorCode } from '@web/shared/graphql/errors';

/** /projects/:projectId?need=<id>: a project, its needs against who fills them, its roster. */
export function ProjectPage() {
  const { projectId = '' } = useParams();
  const [params] = useSearchParams();
  const { project, error, refetch } = useProject(projectId);

  if (!project) {
    if (hasErrorCode(error, 'NOT_FOUND') || hasErrorCode(error, 'BAD_USER_INPUT')) {
      return <NotFoundContent message="There is no project with this address, or it was removed." />;
    }
    if (error) {
      return (
        <>
          <PageHeader title="Project" />
          <QueryError title="Could not load this project" error={error} onRetry={() => refetch()} />
        </>
      );
    }
    return (
      <>
        <PageHeader title="Project" documentTitle="Loading project" />
        <LoadingState label="Loading project" rows={6} />
      </>
    );
  }
  return <ProjectDetail project={project} highlightedNeedId={params.get('need')} onReload={() => refetch()} />;
}
