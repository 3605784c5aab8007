import { useEffect } from 'react';
import { type Blocker, useBlocker } from 'react-router';

/**
 * While `when` holds, leaving for another page of the app (a link, the menu, the browser's back
 * button) is held for the caller to confirm (`blocker.proceed()`) or cancel (`blocker.reset()`),
 * and closing or reloading the tab gets the browser's own warning. Moving within the page (another
 * `?tab=`) is not leaving. Once nothing is left to lose, a held navigation goes on by itself.
 */
export function useLeaveGuard(when: boolean): Blocker {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => when && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (!when) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [when]);

  useEffect(() => {
    if (blocker.state === 'blocked' && !when) blocker.proceed();
  }, [blocker, when]);

  return blocker;
}
