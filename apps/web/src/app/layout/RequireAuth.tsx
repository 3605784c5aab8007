import { Center, Container, Loader } from '@mantine/core';
import { Navigate, useLocation } from 'react-router';
import { useCurrentUser } from '@web/modules/auth/hooks/useCurrentUser';
import { QueryError } from '@web/shared/components/QueryError';
import { paths } from '@web/shared/routes';
import { AppLayout } from './AppLayout';

export interface SignInRedirectState {
  from?: string;
}

/** The signed-in part of the app: the shell for a user, the sign-in page for anyone else. */
export function RequireAuth() {
  const { user, loading, error, refetch } = useCurrentUser();
  const location = useLocation();

  if (loading) {
    return (
      <Center h="100vh" role="status" aria-label="Loading Trellis">
        <Loader />
      </Center>
    );
  }
  if (error && !user) {
    return (
      <Container size="sm" py="xl" component="main">
        <QueryError title="Trellis could not start" error={error} onRetry={() => refetch()} />
      </Container>
    );
  }
  if (!user) {
    const state: SignInRedirectState = { from: `${location.pathname}${location.search}` };
    return <Navigate to={paths.signIn} replace state={state} />;
  }
  return <AppLayout user={user} />;
}
