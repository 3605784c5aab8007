import { useQuery } from '@apollo/client/react';
import { teamsQuery } from '../graphql/teamsQuery';

export function useTeams(options: { skip?: boolean } = {}) {
  const result = useQuery(teamsQuery, { skip: options.skip });
  return { teams: result.data?.teams, loading: result.loading, error: result.error, refetch: result.refetch };
}
