import { useQuery } from '@apollo/client/react';
import { frameworkQuery } from '../graphql/frameworkQuery';

export function useFramework() {
  const result = useQuery(frameworkQuery);
  return { framework: result.data?.framework, loading: result.loading, error: result.error, refetch: result.refetch };
}
