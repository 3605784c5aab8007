import { type ApolloCache, ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { meQuery } from '@web/modules/auth/graphql/meQuery';
import { onSignedIn } from '@web/modules/auth/session/session';
import { browserTimeZone } from '@web/shared/utils/timeZone';

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      // Settings have no id; they belong to their organization and replace each other.
      OrganizationSettings: { merge: true },
      // One framework per organization: a singleton, so an import's result replaces the loaded one.
      Framework: { keyFields: [] },
    },
  });
}

/**
 * An expired or revoked session: forget the viewer, and the auth guard sends
 * the user to the sign-in page. A failed sign-in is the form's own business.
 */
export function createSessionLink(cache: ApolloCache): ApolloLink {
  return new ErrorLink(({ error, operation }) => {
    if (operation.operationName === 'SignIn') return;
    if (
      CombinedGraphQLErrors.is(error) &&
      error.errors.some((item) => item.extensions?.['code'] === 'UNAUTHENTICATED')
    ) {
      cache.writeQuery({ query: meQuery, data: { me: null } });
    }
  });
}

export function createApolloClient(): ApolloClient {
  const cache = createCache();
  // The API judges "today" (no evidence from the future, a check-in's default date) in the
  // user's own time zone, so late in the evening or early in the morning agree with the forms.
  const httpLink = new HttpLink({
    uri: '/graphql',
    credentials: 'same-origin',
    headers: { 'x-time-zone': browserTimeZone() },
  });

  // The sign-in page signs in without Apollo; the signed-in pages start knowing the user.
  onSignedIn((user) => cache.writeQuery({ query: meQuery, data: { me: user } }));

  return new ApolloClient({
    cache,
    link: ApolloLink.from([createSessionLink(cache), httpLink]),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' },
    },
  });
}

let shared: ApolloClient | undefined;

/**
 * The app's one client, made when the first signed-in page needs it. Who is signed in was asked
 * already, alongside its chunks (`prefetchViewer`), and reaches its cache through `onSignedIn`.
 */
export function sharedApolloClient(): ApolloClient {
  shared ??= createApolloClient();
  return shared;
}
