import { Center, Loader } from '@mantine/core';
import { Suspense, useState } from 'react';
import { createBrowserRouter, Outlet, RouterProvider, ScrollRestoration } from 'react-router';
import { AppProviders } from './AppProviders';
import { prefetchViewer } from '@web/modules/auth/session/session';
import { lazyPage, preloadRoutes, type RouteHandle } from './lazyPage';
import { signedInRoute, signInRoute } from './router';

/** Apollo's client and cache, loaded with the first signed-in page, never for the sign-in page. */
const ApolloRoot = lazyPage(() => import('./ApolloRoot'));

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
      {/* A new page starts at its top and Back returns to where the reader was. Keyed by path, so a
          filter or a tab kept in the address does not jump the page back up. */}
      <ScrollRestoration getKey={(location) => location.pathname} />
    </Suspense>
  );
}

// A data router, so that a page with unsaved changes can hold a navigation (`useBlocker`).
const routes = [
  {
    element: <Root />,
    children: [
      signInRoute,
      {
        element: <ApolloRoot />,
        handle: {
          preload: () => {
            prefetchViewer();
            return ApolloRoot.preload();
          },
        } satisfies RouteHandle,
        children: [signedInRoute],
      },
    ],
  },
];

const createRouter = () => {
  // Apollo, the shell and the page requested together, not each once the one before has rendered.
  preloadRoutes(routes, window.location.pathname);
  return createBrowserRouter(routes);
};

export function App() {
  const [router] = useState(createRouter);
  return (
    <AppProviders>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
