// The venue staff's page lives at /venue, outside the 3D venue, a tab per part of the desk: /venue/<tab>.
// Pure, so it is tested in Node.
import type { staffOf } from './staff.ts';

/** Whether a path is the staff's page rather than the 3D venue. */
export const isVenuePath = (path: string): boolean => path === '/venue' || path.startsWith('/venue/');

/** The desk's tabs, in the order its menu shows them. */
export const DESK_TABS = ['requests', 'calendar', 'moderation', 'money', 'people'] as const;
export type DeskTab = (typeof DESK_TABS)[number];

/** Who sees which tab: curators answer requests and keep the calendar, moderators moderate, admins all. */
const WHO: Record<DeskTab, (staff: ReturnType<typeof staffOf>) => boolean> = {
  requests: (staff) => staff.curator,
  calendar: (staff) => staff.curator,
  moderation: (staff) => staff.moderator,
  money: (staff) => staff.admin,
  people: (staff) => staff.admin,
};

/** The tabs someone with these roles sees. */
export const tabsFor = (staff: ReturnType<typeof staffOf>): DeskTab[] =>
  DESK_TABS.filter((tab) => WHO[tab](staff));

/** The tab a path names, if this person may see it; else their first tab (null: none at all). */
export function deskTabOf(path: string, staff: ReturnType<typeof staffOf>): DeskTab | null {
  const tabs = tabsFor(staff);
  const named = path.split('/')[2] ?? '';
  return tabs.find((tab) => tab === named) ?? tabs[0] ?? null;
}
