import { useEffect, useRef, useState } from 'react';

/**
 * A button for what cannot be undone (a refund, withdrawing a listing, revoking a key): the first press asks,
 * "Yes" does it, "Keep it" (or Escape) leaves things as they were.
 */
export function ConfirmButton({
  label,
  name,
  question,
  confirm,
  busy,
  onConfirm,
}: {
  /** The button's text ("Withdraw"). */
  label: string;
  /** Its name for screen readers and tests, when the text alone does not say what it acts on. */
  name?: string;
  question: string;
  /** The "yes" button's text: what happens ("Refund $25.00"). */
  confirm: string;
  busy: boolean;
  onConfirm: () => void;
}) {
  const [asking, setAsking] = useState(false);
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) yes.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <button
        type="button"
        className="secondary"
        aria-label={name}
        disabled={busy}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <span
      className="sales-confirm"
      role="group"
      aria-label={question}
      onKeyDown={(event) => event.key === 'Escape' && setAsking(false)}
    >
      <span>{question}</span>
      <button
        ref={yes}
        type="button"
        disabled={busy}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirm}
      </button>
      <button type="button" className="secondary" onClick={() => setAsking(false)}>
        Keep it
      </button>
    </span>
  );
}
