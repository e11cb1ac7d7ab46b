// Where a show stands in time for its performer, and what the studio offers then: before the doors open it
// can be prepared, from doors open to its end the performer goes live, afterwards its figures are final.
// Pure, so it is tested in Node.
import { DOORS_OPEN_MINUTES, type Show } from '@prostudio/backend/contract';

export type ShowMoment = 'waiting' | 'declined' | 'upcoming' | 'doors-open' | 'on' | 'over';

export function showMoment(show: Pick<Show, 'status' | 'startsAt' | 'endsAt'>, now: Date): ShowMoment {
  if (show.status === 'pending') return 'waiting';
  if (show.status === 'declined') return 'declined';
  const t = now.getTime();
  const starts = Date.parse(show.startsAt);
  if (t >= Date.parse(show.endsAt)) return 'over';
  if (t >= starts) return 'on';
  if (t >= starts - DOORS_OPEN_MINUTES * 60_000) return 'doors-open';
  return 'upcoming';
}

/** Whether the performer can go on stage as the performer now. */
export const canGoLive = (moment: ShowMoment): boolean => moment === 'doors-open' || moment === 'on';

/** "Tue 9 Dec, 20:00–21:00" in the reader's locale (the end's date too when it is another day). */
export function showTimes(show: Pick<Show, 'startsAt' | 'endsAt'>, locale?: string): string {
  const starts = new Date(show.startsAt);
  const ends = new Date(show.endsAt);
  const day = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short' });
  const time = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' });
  const sameDay = starts.toDateString() === ends.toDateString();
  return `${day.format(starts)}, ${time.format(starts)}–${sameDay ? '' : `${day.format(ends)}, `}${time.format(ends)}`;
}
