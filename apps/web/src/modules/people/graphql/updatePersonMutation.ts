import { graphql } from '../../../generated';

export const updatePersonMutation = graphql(`
  mutation UpdatePerson($id: ID!, $input: UpdatePersonInput!) {
    updatePerson(id: $id, input: $input) {
      ...PersonDetail
    }
  }
`);
