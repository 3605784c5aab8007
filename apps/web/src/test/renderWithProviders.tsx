import { ApolloLink } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { MemoryRouter, Route, type RouteObject, Routes, useLocation, useRoutes } from 'react-router';
import { createCache, createSessionLink } from '../app/apolloClient';
import { cssVariablesResolver, theme } from '../app/theme';

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

export function renderWithProviders(ui: ReactElement, { mocks = [], route = '/', path }: Options = {}) {
  const client = createTestClient(mocks);
  const result = render(
    <Providers client={client}>
      <MemoryRouter initialEntries={[route]}>
        {path ? (
          <Routes>
            <Route path={path} element={ui} />
          </Routes>
        ) : (
          ui
        )}
      </MemoryRouter>
    </Providers>,
  );
  return { ...result, operations: client.operations };
}

function RouteTable({ routes }: { routes: RouteObject[] }) {
  const location = useLocation();
  return (
    <>
      {useRoutes(routes)}
      <output data-testid="location">{location.pathname}</output>
    </>
  );
}

/** Renders the app's own route table at `route`, as `App` does in the browser. */
export function renderRoutes(routes: RouteObject[], { mocks = [], route = '/' }: Options = {}) {
  const client = createTestClient(mocks);
  const result = render(
    <Providers client={client}>
      <MemoryRouter initialEntries={[route]}>
        <RouteTable routes={routes} />
      </MemoryRouter>
    </Providers>,
  );
  const pathname = () => result.getByTestId('location').textContent;
  return { ...result, operations: client.operations, pathname };
}
