import { Center, Loader } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { createBrowserRouter, Outlet, RouterProvider } from 'react-router';
import { AppProviders } from './AppProviders';
import { signedInRoute, signInRoute } from './router';

/** Apollo's client and cache, loaded with the first signed-in page, never for the sign-in page. */
const ApolloRoot = lazy(() => import('./ApolloRoot'));

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
const createRouter = () =>
  createBrowserRouter([
    { element: <Root />, children: [signInRoute, { element: <ApolloRoot />, children: [signedInRoute] }] },
  ]);

export function App() {
  const [router] = useState(createRouter);
  return (
    <AppProviders>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
