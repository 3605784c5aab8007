import { graphql } from '@web/generated';

export const changeUserRoleMutation = graphql(`
  mutation ChangeUserRole($userId: ID!, $role: Role!) {
    changeUserRole(userId: $userId, role: $role) {
      ...AdminUser
    }
  }
`);
