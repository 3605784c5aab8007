import { useQuery } from '@apollo/client/react';
import type { CurrentUserFragment } from '@web/generated/graphql';
import { meQuery } from '../graphql/meQuery';

export type CurrentUser = CurrentUserFragment;

/** The signed-in user (null when signed out), read once and kept in the cache. */
export function useCurrentUser() {
  const result = useQuery(meQuery, { fetchPolicy: 'cache-first' });
  return {
    user: result.data?.me ?? null,
    loading: result.loading && result.data === undefined,
    error: result.error,
    refetch: result.refetch,
  };
}
