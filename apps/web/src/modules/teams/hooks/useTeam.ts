import { useQuery } from '@apollo/client/react';
import { teamQuery } from '../graphql/teamQuery';

export function useTeam(id: string) {
  const result = useQuery(teamQuery, { variables: { id } });
  return { team: result.data?.team, loading: result.loading, error: result.error, refetch: result.refetch };
}
