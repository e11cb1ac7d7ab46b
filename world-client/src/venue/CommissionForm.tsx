import type { CommissionSettings, CommissionShares } from '@prostudio/backend/contract';
import { type FormEvent, useId, useState } from 'react';
import { fetchCommission, saveCommission } from '../api/venue.ts';
import { useLoad } from '../learn/useLoad.ts';
import { Field } from '../studio/Field.tsx';
import { fieldError, formMessage, messageFor } from '../studio/field-errors.ts';
import { bpsToPercent, exampleSplit, percentToBps, SHARE_KINDS, SHARE_LABELS } from './commission.ts';
import { formatMoney } from './money-format.ts';
import { useAction } from './useAction.ts';
import { LoadProblem } from '../ui/LoadProblem.tsx';

/** The example sale each share is shown with. */
const EXAMPLE = { amount: 10_000, currency: 'usd' } as const;
const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The venue's share of each kind of sale, which an admin changes for what is listed from then on. */
export function CommissionForm() {
  const [settings, reload] = useLoad('venue-commission', fetchCommission);
  const id = useId();
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Commission</h2>
      <p>
        The venue’s share of each sale, by kind. A change applies to what artists list, and to shows approved,
        from then on: what is listed already keeps its share. An admin may still set one show’s share on its
        own.
      </p>
      {settings.state === 'loading' && <p aria-busy="true">Loading the commission…</p>}
      {settings.state === 'failed' && <LoadProblem message={settings.message} retry={reload} />}
      {settings.state === 'ready' && <SharesForm settings={settings.value} />}
    </section>
  );
}

function SharesForm({ settings: loaded }: { settings: CommissionSettings }) {
  const { busy, error, run } = useAction();
  // What the venue has now: as loaded, then as each save answers.
  const [settings, setSettings] = useState(loaded);
  // Kept as typed, so a refused save loses nothing.
  const [typed, setTyped] = useState<Record<keyof CommissionShares, string>>(() => ({
    original: bpsToPercent(settings.shares.original),
    print: bpsToPercent(settings.shares.print),
    commission: bpsToPercent(settings.shares.commission),
    ticket: bpsToPercent(settings.shares.ticket),
    course: bpsToPercent(settings.shares.course),
  }));
  const [local, setLocal] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const problem = local ? fieldError(local) : error ? fieldError(error) : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const shares: Partial<Record<keyof CommissionShares, number>> = {};
    for (const kind of SHARE_KINDS) {
      const bps = percentToBps(typed[kind]);
      if (bps === null) {
        setLocal(`body.${kind}: must be a percentage, such as 15 or 12.5`);
        return;
      }
      shares[kind] = bps;
    }
    setLocal(null);
    void run(
      async () => setSettings(await saveCommission(shares as CommissionShares)),
      () => setSaved(true),
    );
  };
  const above = formMessage(problem, [...SHARE_KINDS]);
  return (
    <form onSubmit={submit} noValidate>
      <div className="commission-form">
        {SHARE_KINDS.map((kind) => {
          const bps = percentToBps(typed[kind]);
          const split = bps === null ? null : exampleSplit(EXAMPLE.amount, bps);
          return (
            <Field
              key={kind}
              label={`${SHARE_LABELS[kind]} (%)`}
              error={messageFor(problem, kind)}
              hint={
                split
                  ? `Of a ${formatMoney(EXAMPLE.amount, EXAMPLE.currency)} sale: the venue ${formatMoney(split.venue, EXAMPLE.currency)}, the artist ${formatMoney(split.artist, EXAMPLE.currency)}`
                  : undefined
              }
            >
              {(control) => (
                <input
                  {...control}
                  type="text"
                  inputMode="decimal"
                  value={typed[kind]}
                  onChange={(event) => setTyped((current) => ({ ...current, [kind]: event.target.value }))}
                />
              )}
            </Field>
          );
        })}
      </div>
      <p className="hint">
        A premium listing (shown first in the marketplace) adds {bpsToPercent(settings.premiumExtraBps)} % to
        its kind’s share.{' '}
        {settings.updatedAt
          ? `Last changed ${when.format(new Date(settings.updatedAt))}.`
          : 'These are the venue’s first shares.'}
      </p>
      {above && (
        <p className="error" role="alert">
          {above}
        </p>
      )}
      {saved && !busy && <p role="status">Saved: new listings and shows use these shares.</p>}
      <button type="submit" disabled={busy}>
        Save the commission
      </button>
    </form>
  );
}
