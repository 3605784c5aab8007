import { graphql } from '@web/generated';

export const reviewCycleFieldsFragment = graphql(`
  fragment ReviewCycleFields on ReviewCycle {
    id
    quarter
    quarterLabel
    status
    openedAt
    openedByName
    closedAt
    closedByName
    canClose
    myReviewId
    version
    progress {
      total
      drafted
      shared
      acknowledged
    }
  }
`);

export const reviewFieldsFragment = graphql(`
  fragment ReviewFields on Review {
    id
    cycleId
    quarter
    quarterLabel
    cycleStatus
    state
    summary
    strengths
    focus
    readiness
    reflection
    sharedAt
    sharedByName
    acknowledgedAt
    focusGoalId
    canWrite
    canReflect
    version
    person {
      id
      name
      title
      teamName
      managerName
    }
    adjustments {
      from
      to
      reason
      byName
      at
    }
    packet {
      frozen
      highlights
      ratings {
        competencyKey
        competencyName
        areaName
        gapToLevel
        self {
          nowLabel
          change
        }
        manager {
          nowLabel
          change
        }
      }
      ratingSummary {
        rated
        improved
        declined
        belowLevel
        aboveLevel
      }
      goals {
        finished {
          id
          title
          progress
        }
        active {
          id
          title
          progress
          latestConfidence
          checkInsThisQuarter
        }
        atRisk
        dropped
      }
      evidence {
        total
        fromStaffing
        unlinked
        byCompetency {
          competencyKey
          competencyName
          count
        }
        incidents {
          title
          role
          severity
        }
      }
      oneOnOnes {
        held
        expected
        kept
        actionItemsDone
        actionItemsOverdue
      }
      time {
        deliveryShare
        developmentShare
        supportShare
        growthAlignedShare
        developmentTarget
        allocatedDays
        meetsTarget
        stretch {
          projectName
          goalTitles
          from
          to
        }
      }
      readiness {
        now
        before
        change
        nextLevelName
      }
    }
  }
`);
