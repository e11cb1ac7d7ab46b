import type { CalendarEntry, DeskSpace } from '@prostudio/backend/contract';
import { useId, useState } from 'react';
import { fetchCalendar } from '../api/venue.ts';
import { useLoad } from '../learn/useLoad.ts';
import { type CalendarView, daysOf, entriesOn, rangeOf, sameDay, step, viewTitle } from './calendar.ts';
import { LoadProblem } from '../ui/LoadProblem.tsx';

const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });
const dayName = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' });

/**
 * Every gallery's and stage's programme by week or month: approved exhibitions and shows, and the requests
 * waiting (marked). A table, so it reads row by row with a screen reader; ← and → (or the buttons) move by a
 * week or a month, Home comes back to today.
 */
export function CalendarTab() {
  const [view, setView] = useState<CalendarView>('week');
  const [anchor, setAnchor] = useState(() => new Date());
  const days = daysOf(view, anchor);
  const range = rangeOf(days);
  const [calendar, reload] = useLoad(`calendar-${range.from}-${range.to}`, () =>
    fetchCalendar(range.from, range.to),
  );
  const titleId = useId();
  const move = (by: -1 | 1) => setAnchor((current) => step(view, current, by));
  const title = viewTitle(view, days);
  return (
    <section
      aria-labelledby={titleId}
      onKeyDown={(event) => {
        if (event.target instanceof HTMLSelectElement) return;
        if (event.key === 'ArrowLeft') move(-1);
        else if (event.key === 'ArrowRight') move(1);
        else if (event.key === 'Home') setAnchor(new Date());
        else return;
        event.preventDefault();
      }}
    >
      <h1>Calendar of the venue’s spaces</h1>
      <div className="calendar-bar">
        <h2 id={titleId} aria-live="polite">
          {title}
        </h2>
        <button type="button" className="secondary" onClick={() => move(-1)}>
          ← {view === 'week' ? 'Previous week' : 'Previous month'}
        </button>
        <button type="button" className="secondary" onClick={() => setAnchor(new Date())}>
          Today
        </button>
        <button type="button" className="secondary" onClick={() => move(1)}>
          {view === 'week' ? 'Next week' : 'Next month'} →
        </button>
        <label>
          Show by{' '}
          <select
            value={view}
            onChange={(event) => setView(event.target.value === 'month' ? 'month' : 'week')}
          >
            <option value="week">week</option>
            <option value="month">month</option>
          </select>
        </label>
      </div>
      <p className="hint">
        Approved exhibitions and shows are filled; requests still waiting for an answer have a dashed border.
        Use ← and → to move.
      </p>
      {calendar.state === 'loading' && <p aria-busy="true">Loading the calendar…</p>}
      {calendar.state === 'failed' && <LoadProblem message={calendar.message} retry={reload} />}
      {calendar.state === 'ready' &&
        (calendar.value.spaces.length === 0 ? (
          <p className="empty">The venue has no galleries or stages yet.</p>
        ) : (
          <>
            {calendar.value.entries.length === 0 && (
              <p className="empty">Nothing is on or asked for in this {view}.</p>
            )}
            <div className="calendar-scroll" tabIndex={0} aria-label={`${title}, scrolls sideways`}>
              <table className="calendar" data-testid="calendar">
                <caption className="visually-hidden">{title}</caption>
                <thead>
                  <tr>
                    <th scope="col">Space</th>
                    {days.map((day) => (
                      <th
                        key={day.toISOString()}
                        scope="col"
                        className={sameDay(day, new Date()) ? 'today' : undefined}
                      >
                        {dayName.format(day)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {calendar.value.spaces.map((space) => (
                    <SpaceRow key={space.slug} space={space} days={days} entries={calendar.value.entries} />
                  ))}
                </tbody>
              </table>
            </div>
          </>
        ))}
    </section>
  );
}

function SpaceRow({
  space,
  days,
  entries,
}: {
  space: DeskSpace;
  days: readonly Date[];
  entries: readonly CalendarEntry[];
}) {
  return (
    <tr data-space={space.slug}>
      <th scope="row">
        {space.name} <span className="hint">({space.kind})</span>
      </th>
      {days.map((day) => (
        <td key={day.toISOString()}>
          {entriesOn(entries, space.slug, day).map((entry) => (
            <span
              key={entry.id}
              className={`entry ${entry.kind} ${entry.status}`}
              data-testid="calendar-entry"
              title={entry.by ? `${entry.title} · ${entry.by}` : entry.title}
            >
              {entry.kind === 'show' && entry.startsAt && <>{time.format(new Date(entry.startsAt))} </>}
              {entry.title}
              {entry.status === 'pending' && <em> (asked for)</em>}
            </span>
          ))}
        </td>
      ))}
    </tr>
  );
}
