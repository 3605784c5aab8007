import { graphql } from '@web/generated';

/** The viewer's scenarios, applied and discarded ones included: the list of past scenarios. */
export const pastScenariosQuery = graphql(`
  query PastScenarios {
    scenarios(includeClosed: true) {
      ...ScenarioFields
    }
  }
`);
