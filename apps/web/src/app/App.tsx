import { Center, Loader } from '@mantine/core';
import { Suspense, useState } from 'react';
import { BrowserRouter, useRoutes } from 'react-router';
import { createApolloClient } from './apolloClient';
import { AppProviders } from './AppProviders';
import { appRoutes } from './router';

function AppRoutes() {
  return useRoutes(appRoutes);
}

export function App() {
  const [client] = useState(createApolloClient);
  return (
    <AppProviders client={client}>
      <BrowserRouter>
        <Suspense
          fallback={
            <Center h="100vh" role="status" aria-label="Loading Trellis">
              <Loader />
            </Center>
          }
        >
          <AppRoutes />
        </Suspense>
      </BrowserRouter>
    </AppProviders>
  );
}
