// Moving between the studio's pages without reloading: the address bar is the state.
import { useSyncExternalStore } from 'react';
import { parseStudioRoute, type StudioRoute, studioPath, type StudioTab } from './route.ts';

const subscribe = (onChange: () => void) => {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
};

/** The studio page the address bar names. */
export function useStudioRoute(): StudioRoute {
  const path = useSyncExternalStore(subscribe, () => window.location.pathname);
  return parseStudioRoute(path);
}

/** Opens a studio page: a tab, and optionally a page of its own below it. */
export function goStudio(tab: StudioTab, ...rest: string[]): void {
  window.history.pushState(null, '', studioPath({ tab, rest }));
  window.dispatchEvent(new PopStateEvent('popstate'));
  window.scrollTo?.(0, 0);
}
