import { graphql } from '@web/generated';

export const updatePersonMutation = graphql(`
  mutation UpdatePerson($id: ID!, $input: UpdatePersonInput!) {
    updatePerson(id: $id, input: $input) {
      ...PersonDetail
    }
  }
`);
