import { Box, Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { BrandMark } from '@web/app/layout/BrandMark';
import type { SignInRedirectState } from '@web/app/layout/RequireAuth';
import { paths } from '@web/shared/routes';
import { SignInForm } from '@web/modules/auth/components/SignInForm';
import { useViewerCheck } from '@web/modules/auth/hooks/useViewerCheck';
import classes from './SignInPage.module.css';

/** Only same-app paths, so a crafted link cannot send the user elsewhere after sign-in. */
function safeRedirect(state: unknown): string {
  const from = (state as SignInRedirectState | null)?.from;
  if (typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') && from !== paths.signIn) {
    return from;
  }
  return paths.home;
}

export function SignInPage() {
  useDocumentTitle('Sign in · Trellis');
  const { user, loading } = useViewerCheck();
  const location = useLocation();
  const navigate = useNavigate();
  const target = safeRedirect(location.state);

  // Messages about the previous session's work mean nothing on this page.
  useEffect(() => notifications.clean(), []);

  if (loading) {
    return (
      <Center h="100vh" role="status" aria-label="Loading Trellis">
        <Loader />
      </Center>
    );
  }
  if (user) return <Navigate to={target} replace />;

  return (
    <Box component="main" className={classes.page}>
      <Stack w="100%" maw={420} gap="lg" px="md">
        <Group gap="sm" justify="center">
          <BrandMark size={36} />
          <Text component="span" fw={700} fz={28} c="indigo.9">
            Trellis
          </Text>
        </Group>
        <Paper withBorder shadow="sm" p="xl" radius="lg">
          <Stack gap="lg">
            <Stack gap={4}>
              <Title order={1} size="h3">
                Sign in
              </Title>
              <Text size="sm" c="dimmed">
                Use the email address and password of your Trellis account.
              </Text>
            </Stack>
            <SignInForm onSignedIn={() => void navigate(target, { replace: true })} />
          </Stack>
        </Paper>
        <Text size="xs" c="dimmed" ta="center">
          Growth and delivery, in one place.
        </Text>
      </Stack>
    </Box>
  );
}
