// What a space has on, in a few words for its door and the list of places: "Now: Rules and Chance",
// "On now: Night Signals", "Today 20:00: Night Signals", "Thu 27 Nov, 18:30: Figure drawing".
import type { OnNow } from '@prostudio/backend/contract';

/** The line for `onNow` at `now`, in `locale` and `timeZone` (the visitor's own by default); '' for nothing. */
export function onNowLine(onNow: OnNow | null, now: Date, locale?: string, timeZone?: string): string {
  if (!onNow) return '';
  if (onNow.kind === 'exhibition' || !onNow.startsAt || !onNow.endsAt) return `Now: ${onNow.title}`;
  const starts = new Date(onNow.startsAt);
  if (starts <= now && now < new Date(onNow.endsAt)) return `On now: ${onNow.title}`;
  const day = (date: Date) => new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeZone }).format(date);
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone }).format(
    starts,
  );
  const when =
    day(starts) === day(now)
      ? `Today ${time}`
      : new Intl.DateTimeFormat(locale, {
          weekday: 'short',
          day: 'numeric',
          month: 'short',
          hour: '2-digit',
          minute: '2-digit',
          timeZone,
        }).format(starts);
  return `${when}: ${onNow.title}`;
}
