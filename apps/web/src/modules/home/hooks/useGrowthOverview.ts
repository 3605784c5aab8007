import { useQuery } from '@apollo/client/react';
import { growthOverviewQuery } from '../graphql/growthOverviewQuery';

export function useGrowthOverview() {
  const result = useQuery(growthOverviewQuery);
  return { overview: result.data?.growthOverview, error: result.error, refetch: result.refetch };
}
