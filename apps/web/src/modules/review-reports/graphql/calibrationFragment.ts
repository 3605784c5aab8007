import { graphql } from '@web/generated';

/** A manager's or a team's ratings and readiness calls, against the reach. */
export const calibrationGroupFragment = graphql(`
  fragment CalibrationGroupFields on CalibrationGroup {
    key
    name
    people
    above
    meets
    below
    averageGap
    againstReach
    outlier
    readiness {
      notYet
      soon
      ready
      unset
    }
  }
`);

/** One review as calibration lists it, with the version an adjustment sends back. */
export const calibrationReviewFragment = graphql(`
  fragment CalibrationReviewFields on CalibrationReview {
    reviewId
    version
    readiness
    readinessShare
    averageGap
    person {
      id
      name
      teamName
      managerName
    }
  }
`);

/** A cycle's calibration over the viewer's reach. */
export const reviewCalibrationFragment = graphql(`
  fragment ReviewCalibrationFields on ReviewCalibration {
    cycleId
    quarterLabel
    canAdjust
    reachAverageGap
    byManager {
      ...CalibrationGroupFields
    }
    byTeam {
      ...CalibrationGroupFields
    }
    reviews {
      ...CalibrationReviewFields
    }
  }
`);
