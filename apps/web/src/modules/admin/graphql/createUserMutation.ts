import { graphql } from '../../../generated';

export const createUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...AdminUser
    }
  }
`);
