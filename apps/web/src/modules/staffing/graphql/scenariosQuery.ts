import { graphql } from '@web/generated';

/** The viewer's open scenarios: the picker on the timeline. */
export const scenariosQuery = graphql(`
  query StaffingScenarios {
    scenarios {
      ...ScenarioFields
    }
  }
`);
