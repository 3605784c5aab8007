import { graphql } from '../../../generated';

export const organizationSettingsFragment = graphql(`
  fragment OrganizationWithSettings on Organization {
    id
    name
    fiscalYearStartLocked
    settings {
      fiscalQuarterStartMonth
      defaultWeeklyCapacityHours
      targetDevelopmentShare
      staleGoalDays
    }
  }
`);
