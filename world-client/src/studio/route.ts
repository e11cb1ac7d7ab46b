// The studio's addresses: /studio/<tab> and, below a tab, its own pages (/studio/teaching/courses/<id>).
// Pure, so the parsing is tested in Node.

/** The studio's tabs, in the order its menu shows them. */
export const STUDIO_TABS = [
  'profile',
  'works',
  'exhibitions',
  'shows',
  'sales',
  'payouts',
  'plan',
  'teaching',
  'music',
] as const;
export type StudioTab = (typeof STUDIO_TABS)[number];

export interface StudioRoute {
  readonly tab: StudioTab;
  /** The tab's own path below it: `['courses', '<id>']` for /studio/teaching/courses/<id>. */
  readonly rest: readonly string[];
}

const isTab = (word: string | undefined): word is StudioTab =>
  (STUDIO_TABS as readonly string[]).includes(word ?? '');

/** Whether a path is the studio rather than the 3D venue. */
export const isStudioPath = (path: string): boolean => path === '/studio' || path.startsWith('/studio/');

/** The route a path names; an unknown tab is the works, where an artist starts. */
export function parseStudioRoute(path: string): StudioRoute {
  const [, , tab, ...rest] = path.split('/').map((part) => safeDecode(part));
  if (!isTab(tab)) return { tab: 'works', rest: [] };
  return { tab, rest: rest.filter((part) => part !== '') };
}

export function studioPath(route: StudioRoute): string {
  return ['/studio', route.tab, ...route.rest.map(encodeURIComponent)].join('/');
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
