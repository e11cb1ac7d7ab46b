import { useEffect, useRef, useState } from 'react';

/**
 * A button for what cannot be undone (a refund, withdrawing a listing, revoking a key): the first press asks,
 * "Yes" does it, "Keep it" (or Escape) leaves things as they were.
 */
export function ConfirmButton({
  label,
  question,
  confirm,
  busy,
  onConfirm,
}: {
  /** The button's text, naming what it acts on for screen readers ("Refund Noor's order"). */
  label: string;
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
      <button type="button" className="secondary" disabled={busy} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span
      className="confirm"
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
