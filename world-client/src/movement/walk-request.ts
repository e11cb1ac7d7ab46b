// The walk the visitor asked for (a click on the floor, a stop of the guided tour), which the desktop
// controller then walks; set from the scene and the page alike, so it lives outside both.
import type { Route } from './walker.ts';

/** The walk under way, or null; keys or the stick cancel it. */
export const walkRoute: { current: Route | null } = { current: null };
