import { graphql } from '@web/generated';

export const scenarioFieldsFragment = graphql(`
  fragment ScenarioFields on Scenario {
    id
    name
    status
    version
    author
    added
    changed
    removed
    updatedAt
    closedAt
  }
`);
