import { useEffect, useState } from 'react';
import type { CurrentUserFragment } from '@web/generated/graphql';
import { fetchViewer } from '../session/session';

/**
 * Who is signed in, asked once without Apollo (for the sign-in page, which sends a signed-in
 * visitor on). Null when no one is, or when the API cannot say: then the form shows.
 */
export function useViewerCheck(): { user: CurrentUserFragment | null; loading: boolean } {
  const [state, setState] = useState<{ user: CurrentUserFragment | null; loading: boolean }>({
    user: null,
    loading: true,
  });
  useEffect(() => {
    let current = true;
    fetchViewer().then(
      (user) => current && setState({ user, loading: false }),
      () => current && setState({ user: null, loading: false }),
    );
    return () => {
      current = false;
    };
  }, []);
  return state;
}
