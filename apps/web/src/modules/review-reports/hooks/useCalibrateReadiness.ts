import { useMutation } from '@apollo/client/react';
import type { AdjustReadinessInput } from '@web/generated/graphql';
import { calibrateReadinessMutation } from '../graphql/calibrateReadinessMutation';

/** A director's readiness adjustment; the calibration is read again once it is saved. */
export function useCalibrateReadiness() {
  const [mutate, state] = useMutation(calibrateReadinessMutation, {
    refetchQueries: ['CycleCalibration'],
    awaitRefetchQueries: true,
  });
  const calibrate = (input: AdjustReadinessInput) => mutate({ variables: { input } });
  return { calibrate, saving: state.loading };
}
