import { graphql } from '@web/generated';

export const deactivateUserMutation = graphql(`
  mutation DeactivateUser($userId: ID!) {
    deactivateUser(userId: $userId) {
      ...AdminUser
    }
  }
`);
