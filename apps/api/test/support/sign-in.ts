import { randomBytes } from 'node:crypto';
import { GraphQLClient } from './graphql-client';
import { TestApp } from './test-app';

/**
 * A client address no other client uses: sign-in throttling counts attempts per address, so a
 * test that signs in often gives each sign-in its own.
 */
export function freshAddress(): string {
  const [a, b, c] = randomBytes(3);
  return `172.${16 + (a % 16)}.${b}.${c}`;
}

/** A client signed in as `email`; fails the test at once when the sign-in does not succeed. */
export async function signInAs(test: TestApp, email: string, password = 'trellis-demo'): Promise<GraphQLClient> {
  const client = new GraphQLClient(test.url, freshAddress());
  const res = await client.signIn(email, password);
  if (res.errors.length || !client.cookie) {
    throw new Error(`Sign-in as ${email} failed: ${JSON.stringify(res.errors)}`);
  }
  return client;
}
