import { graphql } from '../../../generated';

export const signOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);
