import { graphql } from '@web/generated';

export const signInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      ...CurrentUser
    }
  }
`);
