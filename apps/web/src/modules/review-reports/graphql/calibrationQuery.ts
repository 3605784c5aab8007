import { graphql } from '@web/generated';

export const cycleCalibrationQuery = graphql(`
  query CycleCalibration($cycleId: ID!) {
    reviewCalibration(cycleId: $cycleId) {
      ...ReviewCalibrationFields
    }
  }
`);
