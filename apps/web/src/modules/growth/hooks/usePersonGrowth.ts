import { useQuery } from '@apollo/client/react';
import { personGrowthQuery } from '../graphql/personGrowthQuery';

/** A person's ratings for a quarter; `quarter` null asks for the current one. */
export function usePersonGrowth(personId: string, quarter: string | null) {
  const variables = { personId, quarter };
  const result = useQuery(personGrowthQuery, { variables });
  return {
    growth: result.data?.personGrowth,
    variables,
    loading: result.loading,
    error: result.error,
    refetch: result.refetch,
  };
}

export type PersonGrowthVariables = ReturnType<typeof usePersonGrowth>['variables'];
