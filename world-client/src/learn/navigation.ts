// Moving between the learning pages without reloading: the address bar is the state.
import { useSyncExternalStore } from 'react';
import { type LearnRoute, learnPath, parseLearnRoute } from './route.ts';

const subscribe = (onChange: () => void) => {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
};

/** The page the address bar names. */
export function useLearnRoute(): LearnRoute {
  const path = useSyncExternalStore(subscribe, () => window.location.pathname);
  return parseLearnRoute(path);
}

export function go(route: LearnRoute): void {
  window.history.pushState(null, '', learnPath(route));
  window.dispatchEvent(new PopStateEvent('popstate'));
  window.scrollTo?.(0, 0);
}
