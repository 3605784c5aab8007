import { type ComponentType, lazy } from 'react';
import { matchRoutes, type RouteObject } from 'react-router';

/**
 * A lazy component that can also be asked for ahead of its render: the address is known before
 * sign-in is checked, so a page's chunk loads alongside the shell's instead of after it.
 */
// `any` as in React's own `lazy`: a component of any props.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function lazyPage<C extends ComponentType<any>>(load: () => Promise<{ default: C }>) {
  let loading: ReturnType<typeof load> | undefined;
  const preload = () => (loading ??= load());
  return Object.assign(lazy(preload), { preload });
}

/** What a route needs loaded before it can show (its chunks), kept in the route's `handle`. */
export interface RouteHandle {
  preload: () => unknown;
}

/**
 * Starts loading every chunk of the routes that match `pathname` (Apollo, the shell, the page),
 * all at once: called at start-up, before React renders the first lazy boundary that would ask
 * for them one after the other.
 */
export function preloadRoutes(routes: RouteObject[], pathname: string): void {
  for (const match of matchRoutes(routes, pathname) ?? []) {
    void (match.route.handle as RouteHandle | undefined)?.preload();
  }
}
