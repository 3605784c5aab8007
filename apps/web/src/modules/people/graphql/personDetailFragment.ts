import { graphql } from '@web/generated';

export const personDetailFragment = graphql(`
  fragment PersonDetail on Person {
    ...PersonSummary
    version
    canEdit
    canSeeDetails
    canSeeGrowth
    canEditGrowth
    startDate
    weeklyCapacityHours
    workingDays
    directReports {
      ...PersonSummary
    }
  }
`);
