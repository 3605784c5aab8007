import { Suspense, useState } from 'react';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { Center, Loader } from '@mantine/core';
import { createApolloClient } from './apolloClient';
import { AppProviders } from './AppProviders';
import { appRoutes } from './router';

export function App() {
  const [client] = useState(createApolloClient);
  const [router] = useState(() => createBrowserRouter(appRoutes));
  return (
    <AppProviders client={client}>
      <Suspense
        fallback={
          <Center h="100vh" role="status" aria-label="Loading Trellis">
            <Loader />
          </Center>
        }
      >
        <RouterProvider router={router} />
      </Suspense>
    </AppProviders>
  );
}
