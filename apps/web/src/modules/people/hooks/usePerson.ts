import { useQuery } from '@apollo/client/react';
import { personQuery } from '../graphql/personQuery';

export function usePerson(id: string) {
  const result = useQuery(personQuery, { variables: { id } });
  return { person: result.data?.person, loading: result.loading, error: result.error, refetch: result.refetch };
}
