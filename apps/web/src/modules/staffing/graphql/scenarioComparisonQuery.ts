import { graphql } from '@web/generated';

export const planFiguresFragment = graphql(`
  fragment PlanFiguresFields on PlanFiguresModel {
    overAllocatedPersonWeeks
    overAllocated {
      person {
        id
        name
      }
      weeks
      peakPercent
    }
    allocatedShare
    developmentShare
    developmentShortfall
    growthAlignedShare
    demandPercent
    openPercent
    unfilledShare
    unfilledNeeds {
      needId
      projectId
      projectName
      role
      percent
      openPercent
    }
  }
`);

/** Today's plan and the scenario's, side by side, with what the scenario changes. */
export const scenarioComparisonQuery = graphql(`
  query ScenarioComparison($id: ID!) {
    scenarioComparison(id: $id) {
      scenario {
        ...ScenarioFields
      }
      from
      to
      weeks
      people
      developmentTarget
      plan {
        ...PlanFiguresFields
      }
      withScenario {
        ...PlanFiguresFields
      }
      deltas {
        overAllocatedPersonWeeks
        developmentShare
        unfilledShare
        openPercent
        growthAlignedShare
      }
      changes {
        kind
        personId
        personName
        allocation {
          id
          projectName
          kind
          percent
          startDate
          endDate
        }
        was {
          projectName
          percent
          startDate
          endDate
        }
        conflict
      }
    }
  }
`);
