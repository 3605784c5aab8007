import { Center, Loader } from '@mantine/core';
import { Suspense, useState } from 'react';
import { createBrowserRouter, Outlet, RouterProvider } from 'react-router';
import { createApolloClient } from './apolloClient';
import { AppProviders } from './AppProviders';
import { appRoutes } from './router';

/** Every page is a lazy chunk: a spinner shows while the first one loads. */
function Root() {
  return (
    <Suspense
      fallback={
        <Center h="100vh" role="status" aria-label="Loading Trellis">
          <Loader />
        </Center>
      }
    >
      <Outlet />
    </Suspense>
  );
}

// A data router, so that a page with unsaved changes can hold a navigation (`useBlocker`).
const createRouter = () => createBrowserRouter([{ element: <Root />, children: appRoutes }]);

export function App() {
  const [client] = useState(createApolloClient);
  const [router] = useState(createRouter);
  return (
    <AppProviders client={client}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
