import { graphql } from '@web/generated';

export const deleteTimeOffMutation = graphql(`
  mutation DeleteTimeOff($id: ID!, $version: Int!) {
    deleteTimeOff(id: $id, version: $version)
  }
`);
