import { graphql } from '@web/generated';

export const addTimeOffMutation = graphql(`
  mutation AddTimeOff($input: CreateTimeOffInput!) {
    addTimeOff(input: $input) {
      ...TimeOffFields
    }
  }
`);
