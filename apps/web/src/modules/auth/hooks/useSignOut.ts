import { useApolloClient, useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '@web/shared/routes';
import { meQuery } from '../graphql/meQuery';
import { signOutMutation } from '../graphql/signOutMutation';

export function useSignOut() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signOut, { loading }] = useMutation(signOutMutation);

  const run = useCallback(async () => {
    try {
      await signOut();
    } catch {
      notifications.show({ color: 'red', title: 'Sign-out failed', message: 'Please try again.' });
      return;
    }
    // Nothing of the previous user may stay in memory for the next one.
    await client.clearStore();
    client.cache.writeQuery({ query: meQuery, data: { me: null } });
    await navigate(paths.signIn, { replace: true });
  }, [client, navigate, signOut]);

  return { signOut: run, loading };
}
