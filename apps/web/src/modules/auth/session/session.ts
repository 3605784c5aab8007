import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { CurrentUserFragment } from '@web/generated/graphql';

/**
 * The session without Apollo: the sign-in page asks who is signed in and signs in with two
 * small requests, so its first load carries neither Apollo's client nor its cache (issue
 * "Fast and clear"). The signed-in part of the app, which loads Apollo, hears of the user
 * signed in here through `onSignedIn` and starts with it in its cache.
 *
 * The documents are the generated MeDocument and SignInDocument, written out with the
 * __typename Apollo's cache needs (session.spec.ts keeps them the same).
 */
const CURRENT_USER = `fragment CurrentUser on User {
  __typename id email role active
  person {
    __typename id name title level track
    team { __typename id name }
    manager { __typename id name title }
  }
}`;
export const ME_DOCUMENT = `query Me { me { ...CurrentUser } }\n${CURRENT_USER}`;
export const SIGN_IN_DOCUMENT = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { ...CurrentUser } }\n${CURRENT_USER}`;

interface GraphQLBody<T> {
  data?: T | null;
  errors?: CombinedGraphQLErrors['errors'];
}

/** One operation over fetch; GraphQL errors throw as Apollo's would, so forms read them alike. */
async function request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphQLBody<T>;
  if (body.errors?.length) throw new CombinedGraphQLErrors({ data: body.data, errors: body.errors });
  if (!body.data) throw new Error(`The API answered ${response.status} without data.`);
  return body.data;
}

/** The signed-in user, or null. */
export async function fetchViewer(): Promise<CurrentUserFragment | null> {
  const data = await request<{ me: CurrentUserFragment | null }>(ME_DOCUMENT);
  return data.me;
}

type Listener = (user: CurrentUserFragment) => void;
const listeners = new Set<Listener>();
let lastSignedIn: CurrentUserFragment | null = null;

export async function signIn(email: string, password: string): Promise<CurrentUserFragment> {
  const data = await request<{ signIn: CurrentUserFragment }>(SIGN_IN_DOCUMENT, { input: { email, password } });
  lastSignedIn = data.signIn;
  for (const listener of listeners) listener(data.signIn);
  return data.signIn;
}

/**
 * Asks who is signed in as a signed-in page starts, alongside the chunks of Apollo and the shell
 * rather than after them: a user found reaches Apollo's cache as a sign-in does, so the shell's
 * own `Me` is answered from the cache. Nobody signed in, or a failure, is left to that query.
 */
export function prefetchViewer(): void {
  fetchViewer().then(
    (user) => {
      if (!user || lastSignedIn) return;
      lastSignedIn = user;
      for (const listener of listeners) listener(user);
    },
    () => undefined,
  );
}

/**
 * Hears of each sign-in from now on, and of the last one if it came before (the Apollo client
 * is made after the sign-in that sends the user to its first signed-in page).
 */
export function onSignedIn(listener: Listener): () => void {
  if (lastSignedIn) listener(lastSignedIn);
  listeners.add(listener);
  return () => listeners.delete(listener);
}
