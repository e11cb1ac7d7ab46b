// The desk's calendar: which days a week or a month shows, moving by one, and what each space has on each
// day. Pure, so it is tested in Node; dates are the browser's own local days, named with Intl.
import type { CalendarEntry } from '@prostudio/backend/contract';

export type CalendarView = 'week' | 'month';

const DAY_MS = 86_400_000;

/** Midnight of `date`'s day, local time. */
export const startOfDay = (date: Date): Date => new Date(date.getFullYear(), date.getMonth(), date.getDate());

const addDays = (date: Date, days: number): Date =>
  new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);

/** The days the view shows around `anchor`: its week from Monday, or its month from the 1st. */
export function daysOf(view: CalendarView, anchor: Date): Date[] {
  if (view === 'week') {
    const monday = addDays(startOfDay(anchor), -((anchor.getDay() + 6) % 7));
    return Array.from({ length: 7 }, (_, n) => addDays(monday, n));
  }
  const first = new Date(anchor.getFullYear(), anchor.getMonth(), 1);
  const length = new Date(anchor.getFullYear(), anchor.getMonth() + 1, 0).getDate();
  return Array.from({ length }, (_, n) => addDays(first, n));
}

/** The anchor one week or month before (-1) or after (+1). */
export function step(view: CalendarView, anchor: Date, by: -1 | 1): Date {
  if (view === 'week') return addDays(startOfDay(anchor), 7 * by);
  return new Date(anchor.getFullYear(), anchor.getMonth() + by, 1);
}

/** The instants the API is asked for: from the first day's midnight to the day after the last. */
export function rangeOf(days: readonly Date[]): { from: string; to: string } {
  const first = days[0] ?? startOfDay(new Date());
  const last = days.at(-1) ?? first;
  return { from: first.toISOString(), to: addDays(last, 1).toISOString() };
}

/** Whether an entry is on during `day` (an exhibition with no end stays on). */
export function isOnDay(entry: CalendarEntry, day: Date): boolean {
  if (!entry.startsAt) return false;
  const dayStart = startOfDay(day).getTime();
  const dayEnd = addDays(day, 1).getTime();
  const starts = Date.parse(entry.startsAt);
  const ends = entry.endsAt ? Date.parse(entry.endsAt) : Number.POSITIVE_INFINITY;
  return starts < dayEnd && ends > dayStart;
}

/** A space's entries on a day: shows by their start, then exhibitions; approved before requests. */
export function entriesOn(entries: readonly CalendarEntry[], space: string, day: Date): CalendarEntry[] {
  return entries
    .filter((entry) => entry.space === space && isOnDay(entry, day))
    .sort(
      (a, b) =>
        (a.kind === b.kind ? 0 : a.kind === 'show' ? -1 : 1) ||
        (a.status === b.status ? 0 : a.status === 'approved' ? -1 : 1) ||
        Date.parse(a.startsAt ?? '') - Date.parse(b.startsAt ?? ''),
    );
}

/** The heading of the view: "Week of 7 December 2026" or "December 2026", in the reader's language. */
export function viewTitle(view: CalendarView, days: readonly Date[], locale?: string): string {
  const first = days[0] ?? new Date();
  if (view === 'month') {
    return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' }).format(first);
  }
  return `Week of ${new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(first)}`;
}

/** Whether two dates fall on the same local day. */
export const sameDay = (a: Date, b: Date): boolean =>
  Math.abs(startOfDay(a).getTime() - startOfDay(b).getTime()) < DAY_MS / 2;
