import { graphql } from '@web/generated';

export const signOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);
