import { useQuery } from '@apollo/client/react';
import { peopleQuery } from '../graphql/peopleQuery';

export function usePeople(options: { includeInactive?: boolean; skip?: boolean } = {}) {
  const includeInactive = options.includeInactive ?? false;
  const result = useQuery(peopleQuery, { variables: { filter: { includeInactive } }, skip: options.skip });
  return {
    people: result.data?.people,
    loading: result.loading,
    error: result.error,
    refetch: result.refetch,
  };
}
