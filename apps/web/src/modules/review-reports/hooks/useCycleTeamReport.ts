import { useQuery } from '@apollo/client/react';
import { cycleTeamReportQuery } from '../graphql/teamReportQuery';

/** A cycle's team report over the viewer's reach (managers; FORBIDDEN for anyone else). */
export function useCycleTeamReport(cycleId: string) {
  const result = useQuery(cycleTeamReportQuery, { variables: { cycleId }, skip: !cycleId });
  return {
    report: result.data?.reviewTeamReport,
    loading: result.loading,
    error: result.error,
    refetch: result.refetch,
  };
}
