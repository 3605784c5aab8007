import { graphql } from '@web/generated';

export const organizationSettingsFragment = graphql(`
  fragment OrganizationWithSettings on Organization {
    id
    name
    version
    fiscalYearStartLocked
    settings {
      fiscalQuarterStartMonth
      defaultWeeklyCapacityHours
      targetDevelopmentShare
      staleGoalDays
      overAllocation
      idleBelow
    }
  }
`);
