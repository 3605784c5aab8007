import { useQuery } from '@apollo/client/react';
import { goalFormOptionsQuery } from '../graphql/goalFormOptionsQuery';

/** What the goal form offers: the person's track, the quarters ahead, the framework. */
export function useGoalFormOptions(personId: string, { skip = false }: { skip?: boolean } = {}) {
  const result = useQuery(goalFormOptionsQuery, { variables: { personId }, skip });
  return { options: result.data, loading: result.loading, error: result.error, refetch: result.refetch };
}
