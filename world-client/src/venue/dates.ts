// The approval form's dates: <input type="datetime-local"> speaks local wall-clock time without a zone, the
// API ISO instants. Pure, so the conversions are tested in Node.

const pad = (n: number) => String(n).padStart(2, '0');

/** `date` as a datetime-local input shows it, in the browser's time zone, to the minute. */
export function toLocalInput(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local input's value as an ISO instant; undefined when empty or not a date. */
export function fromLocalInput(value: string): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The form's first dates for a request: those asked for, else from now for `days` days. */
export function proposedRun(
  asked: { readonly opensAt: string | null; readonly closesAt: string | null },
  now: Date,
  days = 28,
): { opens: string; closes: string } {
  const opens = asked.opensAt && Date.parse(asked.opensAt) > now.getTime() ? new Date(asked.opensAt) : now;
  const closes = asked.closesAt ? new Date(asked.closesAt) : new Date(opens.getTime() + days * 86_400_000);
  return { opens: toLocalInput(opens), closes: toLocalInput(closes) };
}
