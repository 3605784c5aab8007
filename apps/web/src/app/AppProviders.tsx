import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { cssVariablesResolver, theme } from './theme';

interface AppProvidersProps {
  children: ReactNode;
}

/** What every page needs. Apollo is not here: the signed-in routes bring it (ApolloRoot). */
export function AppProviders({ children }: AppProvidersProps) {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      {/* Bottom right: a notification never covers the header (the user menu, Sign out). */}
      <Notifications position="bottom-right" />
      {children}
    </MantineProvider>
  );
}
