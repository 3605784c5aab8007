import { useQuery } from '@apollo/client/react';
import { compareLevelsQuery } from '../graphql/compareLevelsQuery';

export function useLevelComparison(from: string | null, to: string | null) {
  const result = useQuery(compareLevelsQuery, {
    variables: { from: from ?? '', to: to ?? '' },
    skip: !from || !to,
  });
  return {
    comparison: result.data?.compareLevels,
    loading: result.loading,
    error: result.error,
    refetch: result.refetch,
  };
}
