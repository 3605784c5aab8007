import { graphql } from '@web/generated';

export const createScenarioMutation = graphql(`
  mutation CreateScenario($input: CreateScenarioInput!) {
    createScenario(input: $input) {
      ...ScenarioFields
    }
  }
`);

export const renameScenarioMutation = graphql(`
  mutation RenameScenario($id: ID!, $input: RenameScenarioInput!) {
    renameScenario(id: $id, input: $input) {
      ...ScenarioFields
    }
  }
`);

export const applyScenarioMutation = graphql(`
  mutation ApplyScenario($id: ID!, $version: Int!) {
    applyScenario(id: $id, version: $version) {
      ...ScenarioFields
    }
  }
`);

export const discardScenarioMutation = graphql(`
  mutation DiscardScenario($id: ID!, $version: Int!) {
    discardScenario(id: $id, version: $version) {
      ...ScenarioFields
    }
  }
`);

export const addScenarioAllocationMutation = graphql(`
  mutation AddScenarioAllocation($scenarioId: ID!, $input: CreateAllocationInput!) {
    addScenarioAllocation(scenarioId: $scenarioId, input: $input) {
      allocation {
        ...AllocationFields
      }
      warning
    }
  }
`);

export const changeScenarioAllocationMutation = graphql(`
  mutation ChangeScenarioAllocation($scenarioId: ID!, $id: ID!, $input: UpdateAllocationInput!) {
    changeScenarioAllocation(scenarioId: $scenarioId, id: $id, input: $input) {
      allocation {
        ...AllocationFields
      }
      warning
    }
  }
`);

export const removeScenarioAllocationMutation = graphql(`
  mutation RemoveScenarioAllocation($scenarioId: ID!, $id: ID!, $version: Int!) {
    removeScenarioAllocation(scenarioId: $scenarioId, id: $id, version: $version)
  }
`);

export const restoreScenarioAllocationMutation = graphql(`
  mutation RestoreScenarioAllocation($scenarioId: ID!, $id: ID!) {
    restoreScenarioAllocation(scenarioId: $scenarioId, id: $id)
  }
`);
