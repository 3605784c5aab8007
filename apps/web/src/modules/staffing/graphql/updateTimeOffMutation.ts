import { graphql } from '@web/generated';

export const updateTimeOffMutation = graphql(`
  mutation UpdateTimeOff($id: ID!, $input: UpdateTimeOffInput!) {
    updateTimeOff(id: $id, input: $input) {
      ...TimeOffFields
    }
  }
`);
