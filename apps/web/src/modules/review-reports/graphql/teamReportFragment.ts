import { graphql } from '@web/generated';

/** One quarter of the team report: its averages, readiness calls, goals and cadence. */
export const teamReportQuarterFragment = graphql(`
  fragment TeamReportQuarterFields on TeamReportQuarter {
    quarter
    label
    frozen
    people
    averageDevelopmentShare
    meetingDevelopmentTarget
    goalsFinished
    withOneOnOnes
    oneOnOnesKept
    byArea {
      areaName
      averageGap
      rated
    }
    readiness {
      notYet
      soon
      ready
      unset
    }
  }
`);

/** One person's figures in the team report (the CSV's row). */
export const teamReportRowFragment = graphql(`
  fragment TeamReportRowFields on TeamReportRow {
    reviewId
    ratingsImproved
    ratingsDeclined
    belowLevel
    goalsFinished
    evidence
    oneOnOnesHeld
    oneOnOnesExpected
    developmentShare
    meetsDevelopmentTarget
    readiness
    readinessShare
    readinessChange
    person {
      id
      name
      teamName
      managerName
    }
  }
`);

/** The quarterly team report over the viewer's reach: this cycle and the quarters before it. */
export const reviewTeamReportFragment = graphql(`
  fragment ReviewTeamReportFields on ReviewTeamReport {
    cycleId
    quarterLabel
    developmentTarget
    highlights
    coverageGained
    coverageLost
    competencyChanges {
      competencyName
      areaName
      before
      now
      change
    }
    quarters {
      ...TeamReportQuarterFields
    }
    people {
      ...TeamReportRowFields
    }
  }
`);
