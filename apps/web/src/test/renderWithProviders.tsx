import { ApolloLink } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { createMemoryRouter, MemoryRouter, Route, type RouteObject, Routes } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createCache } from '../app/apolloClient';
import { cssVariablesResolver, theme } from '../app/theme';

export type Mock = MockLink.MockedResponse;

interface Options {
  mocks?: readonly Mock[];
  /** The URL the test starts at. */
  route?: string;
  /** A route pattern to mount the element under, so it can read params. */
  path?: string;
}

/** Apollo over mocks, recording the name of every operation the UI sends. */
function createTestLink(mocks: readonly Mock[]) {
  const operations: string[] = [];
  const recorder = new ApolloLink((operation, forward) => {
    operations.push(operation.operationName ?? '(anonymous)');
    return forward(operation);
  });
  const link = ApolloLink.from([recorder, new MockLink(mocks, { defaultOptions: { delay: 0 } })]);
  return { link, operations };
}

function Providers({ link, children }: { link: ApolloLink; children: ReactNode }) {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} env="test">
      <MockedProvider link={link} cache={createCache()}>
        {children}
      </MockedProvider>
    </MantineProvider>
  );
}

export function renderWithProviders(ui: ReactElement, { mocks = [], route = '/', path }: Options = {}) {
  const { link, operations } = createTestLink(mocks);
  const result = render(
    <Providers link={link}>
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
  return { ...result, operations };
}

/** Renders the app's own route table, as the browser would at `route`. */
export function renderRoutes(routes: RouteObject[], { mocks = [], route = '/' }: Options = {}) {
  const { link, operations } = createTestLink(mocks);
  const router = createMemoryRouter(routes, { initialEntries: [route] });
  const result = render(
    <Providers link={link}>
      <RouterProvider router={router} />
    </Providers>,
  );
  return { ...result, operations, router };
}
