import { type FormEvent, useEffect, useId, useRef, useState } from 'react';

/**
 * "Decline", which opens a form asking why (the artist reads the reason) before anything is sent. `what`
 * names the request, so that each card's buttons say which one they answer.
 */
export function DeclineForm({
  what,
  busy,
  onDecline,
}: {
  what: string;
  busy: boolean;
  onDecline: (reason: string) => Promise<void>;
}) {
  const [open, setOpen] = useState(false);
  const reasonId = useId();
  const reason = useRef<HTMLTextAreaElement>(null);
  // The reason is what comes next: put the keyboard there.
  useEffect(() => {
    if (open) reason.current?.focus();
  }, [open]);
  if (!open) {
    return (
      <button
        type="button"
        className="secondary"
        aria-label={`Decline ${what}`}
        onClick={() => setOpen(true)}
      >
        Decline
      </button>
    );
  }
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void onDecline(String(new FormData(event.currentTarget).get('reason') ?? '').trim());
  };
  return (
    <form className="decline" onSubmit={submit}>
      <label htmlFor={reasonId}>Why not? The artist reads this.</label>
      <textarea id={reasonId} ref={reason} name="reason" rows={2} maxLength={1000} required />
      <div className="actions">
        <button type="submit" disabled={busy} aria-label={`Send the decline of ${what}`}>
          Decline
        </button>
        <button type="button" className="secondary" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
