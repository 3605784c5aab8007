import { ApolloLink } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { createMemoryRouter, Outlet, type RouteObject, RouterProvider, useLocation } from 'react-router';
import { createCache, createSessionLink } from '@web/app/apolloClient';
import { cssVariablesResolver, theme } from '@web/app/theme';

export type Mock = MockLink.MockedResponse;

interface Options {
  mocks?: readonly Mock[];
  /** The URL the test starts at. */
  route?: string;
  /** A route pattern to mount the element under, so it can read params. */
  path?: string;
}

/**
 * Apollo over mocks, with the app's own session link and cache, recording the
 * name of every operation the UI sends.
 */
function createTestClient(mocks: readonly Mock[]) {
  const operations: string[] = [];
  const cache = createCache();
  const recorder = new ApolloLink((operation, forward) => {
    operations.push(operation.operationName ?? '(anonymous)');
    return forward(operation);
  });
  const link = ApolloLink.from([
    createSessionLink(cache),
    recorder,
    new MockLink(mocks, { defaultOptions: { delay: 0 } }),
  ]);
  return { link, cache, operations };
}

type TestClient = ReturnType<typeof createTestClient>;

function Providers({ client, children }: { client: TestClient; children: ReactNode }) {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} env="test">
      <MockedProvider link={client.link} cache={client.cache}>
        {children}
      </MockedProvider>
    </MantineProvider>
  );
}

/** A data router in memory, as the app's own (blockers and all), starting at `route`. */
function memoryRouter(routes: RouteObject[], route: string) {
  return createMemoryRouter([{ element: <LocationProbe />, children: routes }], { initialEntries: [route] });
}

/** Renders the current route and shows the path, for tests that follow a navigation. */
function LocationProbe() {
  const location = useLocation();
  return (
    <>
      <Outlet />
      <output data-testid="location">{location.pathname}</output>
    </>
  );
}

export function renderWithProviders(ui: ReactElement, { mocks = [], route = '/', path }: Options = {}) {
  const client = createTestClient(mocks);
  // Without a pattern the element shows at every address; with one, elsewhere shows nothing.
  const routes: RouteObject[] = path
    ? [
        { path, element: ui },
        { path: '*', element: null },
      ]
    : [{ path: '*', element: ui }];
  const result = render(
    <Providers client={client}>
      <RouterProvider router={memoryRouter(routes, route)} />
    </Providers>,
  );
  return { ...result, operations: client.operations };
}

/** Renders the app's own route table at `route`, as `App` does in the browser. */
export function renderRoutes(routes: RouteObject[], { mocks = [], route = '/' }: Options = {}) {
  const client = createTestClient(mocks);
  const result = render(
    <Providers client={client}>
      <RouterProvider router={memoryRouter(routes, route)} />
    </Providers>,
  );
  const pathname = () => result.getByTestId('location').textContent;
  return { ...result, operations: client.operations, pathname };
}
