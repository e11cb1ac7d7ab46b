import { COMMISSION_STATUSES, type Commission, type CommissionStatus } from '@prostudio/backend/contract';
import { type FormEvent, useId, useState } from 'react';
import { updateCommission } from '../../api/selling.ts';
import { type FieldError, fieldError, messageFor } from '../field-errors.ts';
import { CommissionUpdates } from './CommissionUpdates.tsx';
import { COMMISSION_STEPS, nextStep } from './order-states.ts';

/** The seller's report on a commission: where it stands now, and a message its buyer reads. */
export function CommissionReport({
  commission,
  buyer,
  onSent,
}: {
  commission: Commission;
  buyer: string;
  onSent: () => void;
}) {
  const id = useId();
  const [status, setStatus] = useState<CommissionStatus>(nextStep(commission.status));
  const [message, setMessage] = useState('');
  const [error, setError] = useState<FieldError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await updateCommission(commission.orderId, { status, message });
      setMessage('');
      onSent();
    } catch (failure) {
      setError(fieldError(failure instanceof Error ? failure.message : String(failure)));
    } finally {
      setBusy(false);
    }
  };
  const messageError = messageFor(error, 'message');
  return (
    <div className="commission">
      <p>
        Commission: <strong data-testid="commission-status">{COMMISSION_STEPS[commission.status]}</strong>
      </p>
      <CommissionUpdates commission={commission} empty="You have not answered yet." />
      <form className="report" onSubmit={(event) => void submit(event)}>
        <label htmlFor={`${id}-status`}>Where it stands</label>
        <select
          id={`${id}-status`}
          value={status}
          onChange={(event) => setStatus(event.target.value as CommissionStatus)}
        >
          {COMMISSION_STATUSES.map((step) => (
            <option key={step} value={step}>
              {COMMISSION_STEPS[step]}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-message`}>A message to {buyer} (optional)</label>
        <textarea
          id={`${id}-message`}
          rows={2}
          maxLength={2000}
          value={message}
          aria-invalid={messageError ? true : undefined}
          onChange={(event) => setMessage(event.target.value)}
        />
        {messageError && <span className="field-error">{messageError}</span>}
        {error && !messageError && (
          <p className="error" role="alert">
            {error.message}
          </p>
        )}
        <button type="submit" disabled={busy}>
          Send to {buyer}
        </button>
      </form>
    </div>
  );
}
