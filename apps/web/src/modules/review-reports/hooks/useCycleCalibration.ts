import { useQuery } from '@apollo/client/react';
import { cycleCalibrationQuery } from '../graphql/calibrationQuery';

/** A cycle's calibration over the viewer's reach (managers; FORBIDDEN for anyone else). */
export function useCycleCalibration(cycleId: string) {
  const result = useQuery(cycleCalibrationQuery, {
    variables: { cycleId },
    skip: !cycleId,
    fetchPolicy: 'cache-and-network',
  });
  return {
    calibration: result.data?.reviewCalibration,
    loading: result.loading,
    error: result.error,
    refetch: result.refetch,
  };
}
