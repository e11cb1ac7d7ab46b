import { currencySchema, type Show, type ShowAct, type SpaceSummary } from '@prostudio/backend/contract';
import { useState } from 'react';
import { fetchSpaces } from '../../api/api.ts';
import { requestShow } from '../../api/shows.ts';
import { useLoad } from '../../learn/useLoad.ts';
import { fromLocalInput, toLocalInput } from '../../venue/dates.ts';
import { Field } from '../Field.tsx';
import { type FieldError, fieldError, formMessage, messageFor } from '../field-errors.ts';
import { parsePrice } from '../money.ts';
import { ActsEditor } from './ActsEditor.tsx';

const CURRENCIES = currencySchema.options;
/** The request's fields this form shows an error next to. */
const FIELDS = [
  'space',
  'title',
  'description',
  'startsAt',
  'durationMinutes',
  'capacity',
  'priceMinor',
  'currency',
  'acts',
];

/** A week from now at 8 pm: a sensible first date to offer. */
function nextWeekEvening(now = new Date()): string {
  const date = new Date(now.getTime() + 7 * 86_400_000);
  date.setHours(20, 0, 0, 0);
  return toLocalInput(date);
}

/**
 * Asks the venue for a stage at a time: the show's words, its tickets (free or paid, how many) and its
 * running order. A refusal is shown next to the field it names, and nothing typed is lost.
 */
export function RequestShowForm({ onRequested }: { onRequested: (show: Show) => void }) {
  const [spaces] = useLoad('spaces', () => fetchSpaces());
  const stages: SpaceSummary[] =
    spaces.state === 'ready' ? spaces.value.filter((space) => space.kind === 'stage') : [];
  const [stage, setStage] = useState('');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [startsAt, setStartsAt] = useState(nextWeekEvening);
  const [duration, setDuration] = useState('60');
  const [capacity, setCapacity] = useState('100');
  const [currency, setCurrency] = useState<(typeof CURRENCIES)[number]>('usd');
  const [price, setPrice] = useState('');
  const [acts, setActs] = useState<ShowAct[]>([]);
  const [error, setError] = useState<FieldError | null>(null);
  const [busy, setBusy] = useState(false);
  const chosenStage = stage || stages[0]?.slug || '';

  const submit = async () => {
    const parsed = parsePrice(price, currency);
    if (!parsed.ok) return setError({ field: 'priceMinor', message: parsed.reason });
    const when = fromLocalInput(startsAt);
    if (!when) return setError({ field: 'startsAt', message: 'Choose a date and a time.' });
    setBusy(true);
    setError(null);
    try {
      const show = await requestShow({
        space: chosenStage,
        title,
        description,
        startsAt: when,
        durationMinutes: Number(duration),
        capacity: Number(capacity),
        priceMinor: parsed.minor,
        currency,
        acts,
      });
      setTitle('');
      setDescription('');
      setPrice('');
      setActs([]);
      onRequested(show);
    } catch (failure) {
      setError(fieldError(failure instanceof Error ? failure.message : String(failure)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="card studio-form"
      aria-labelledby="request-show-title"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2 id="request-show-title">Request a stage</h2>
      {spaces.state === 'failed' && (
        <p className="error" role="alert">
          {spaces.message}
        </p>
      )}
      <Field label="Stage" error={messageFor(error, 'space')}>
        {(control) => (
          <select
            {...control}
            value={chosenStage}
            onChange={(event) => setStage(event.target.value)}
            required
          >
            {stages.map((space) => (
              <option key={space.slug} value={space.slug}>
                {space.name} (up to {space.capacity})
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Title" error={messageFor(error, 'title')}>
        {(control) => (
          <input
            {...control}
            type="text"
            value={title}
            maxLength={200}
            required
            onChange={(event) => setTitle(event.target.value)}
          />
        )}
      </Field>
      <Field label="Description" error={messageFor(error, 'description')}>
        {(control) => (
          <textarea
            {...control}
            rows={3}
            value={description}
            maxLength={5000}
            onChange={(event) => setDescription(event.target.value)}
          />
        )}
      </Field>
      <div className="field-row">
        <Field label="Starts" error={messageFor(error, 'startsAt')}>
          {(control) => (
            <input
              {...control}
              type="datetime-local"
              value={startsAt}
              required
              onChange={(event) => setStartsAt(event.target.value)}
            />
          )}
        </Field>
        <Field label="Length (minutes)" error={messageFor(error, 'durationMinutes')}>
          {(control) => (
            <input
              {...control}
              type="number"
              min={10}
              max={720}
              step={5}
              value={duration}
              required
              onChange={(event) => setDuration(event.target.value)}
            />
          )}
        </Field>
      </div>
      <div className="field-row">
        <Field label="Tickets" error={messageFor(error, 'capacity')}>
          {(control) => (
            <input
              {...control}
              type="number"
              min={1}
              value={capacity}
              required
              onChange={(event) => setCapacity(event.target.value)}
            />
          )}
        </Field>
        <Field
          label="Ticket price"
          hint="Leave empty for a free show."
          error={messageFor(error, 'priceMinor') ?? messageFor(error, 'currency')}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="decimal"
              value={price}
              placeholder="Free"
              onChange={(event) => setPrice(event.target.value)}
            />
          )}
        </Field>
        <Field label="Currency">
          {(control) => (
            <select
              {...control}
              value={currency}
              onChange={(event) => setCurrency(event.target.value as (typeof CURRENCIES)[number])}
            >
              {CURRENCIES.map((code) => (
                <option key={code} value={code}>
                  {code.toUpperCase()}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <ActsEditor acts={acts} onChange={setActs} error={messageFor(error, 'acts')} />
      {formMessage(error, FIELDS) && (
        <p className="error" role="alert">
          {formMessage(error, FIELDS)}
        </p>
      )}
      <button type="submit" disabled={busy || !chosenStage}>
        {busy ? 'Sending…' : 'Send the request'}
      </button>
    </form>
  );
}
