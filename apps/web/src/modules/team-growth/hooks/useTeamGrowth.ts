import { useQuery } from '@apollo/client/react';
import { teamGrowthQuery } from '../graphql/teamGrowthQuery';

/** The heatmap for a team (all the viewer's people when none) and quarter (the current one when none). */
export function useTeamGrowth(teamId: string | null, quarter: string | null) {
  const result = useQuery(teamGrowthQuery, { variables: { teamId, quarter } });
  return {
    teamGrowth: result.data?.teamGrowth,
    // The filters keep their options while the next selection loads.
    previous: result.previousData?.teamGrowth,
    loading: result.loading,
    error: result.error,
    refetch: result.refetch,
  };
}
