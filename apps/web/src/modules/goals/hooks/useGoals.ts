import { useQuery } from '@apollo/client/react';
import { goalsQuery } from '../graphql/goalsQuery';

export function useGoals(personId: string, { skip = false }: { skip?: boolean } = {}) {
  const result = useQuery(goalsQuery, { variables: { personId }, skip });
  return { goals: result.data?.goals, loading: result.loading, error: result.error, refetch: result.refetch };
}
