// Moving between the desk's tabs without reloading: the address bar is the state.
import { useSyncExternalStore } from 'react';
import type { DeskTab } from './route.ts';

const subscribe = (onChange: () => void) => {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
};

/** The path the address bar shows now. */
export const usePath = (): string => useSyncExternalStore(subscribe, () => window.location.pathname);

/** Opens a tab of the desk. */
export function goDesk(tab: DeskTab): void {
  window.history.pushState(null, '', `/venue/${tab}`);
  window.dispatchEvent(new PopStateEvent('popstate'));
}
