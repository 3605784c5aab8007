import { graphql } from '../../../generated';

export const deactivateUserMutation = graphql(`
  mutation DeactivateUser($userId: ID!) {
    deactivateUser(userId: $userId) {
      ...AdminUser
    }
  }
`);
