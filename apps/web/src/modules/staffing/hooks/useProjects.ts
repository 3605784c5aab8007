import { useQuery } from '@apollo/client/react';
import type { ProjectFilter } from '@web/generated/graphql';
import { projectQuery } from '../graphql/projectQuery';
import { projectsQuery } from '../graphql/projectsQuery';

export function useProjects(filter: ProjectFilter) {
  const result = useQuery(projectsQuery, { variables: { filter } });
  return {
    projects: result.data?.projects,
    loading: result.loading,
    error: result.error,
    refetch: result.refetch,
  };
}

export function useProject(id: string) {
  const result = useQuery(projectQuery, { variables: { id } });
  return { project: result.data?.project, loading: result.loading, error: result.error, refetch: result.refetch };
}
