import { ApolloProvider } from '@apollo/client/react';
import { Outlet } from 'react-router';
import { sharedApolloClient } from './apolloClient';

/**
 * Apollo for the signed-in pages: a chunk of its own, loaded on the way to the first of them,
 * so the sign-in page does without it. One client for the whole visit, kept across sign-outs.
 */
export default function ApolloRoot() {
  return (
    <ApolloProvider client={sharedApolloClient()}>
      <Outlet />
    </ApolloProvider>
  );
}
