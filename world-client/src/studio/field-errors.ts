// The API names the field a request was refused for ("body.capacity: Main Stage holds at most 500.",
// "body.chapters.1.at: …"): a form shows that message next to that field, and any other message once, above
// or beside its button. Forms hold a refusal either as the API's message or as it is read here. Pure, tested
// in Node.

export interface FieldError {
  /** The field's path in the request body ("capacity", "acts.0.title"), or null for the form as a whole. */
  readonly field: string | null;
  readonly message: string;
}

/** A refusal as a form holds it: the API's message, that message read, or none. */
export type Refusal = FieldError | string | null | undefined;

/** Splits an API message into the field it names and what to tell the person (capitalised). */
export function fieldError(message: string): FieldError {
  const named = /^body(?:\.([\w.]+))?: (.+)$/s.exec(message);
  if (!named) return { field: null, message };
  const [, field, text = ''] = named;
  // "body: nothing to change" is about the request as a whole.
  return { field: field ?? null, message: text.charAt(0).toUpperCase() + text.slice(1) };
}

const read = (refusal: Refusal): FieldError | null =>
  refusal === null || refusal === undefined
    ? null
    : typeof refusal === 'string'
      ? fieldError(refusal)
      : refusal;

/** The message for `field` (or one of its parts, for a list's items) if the refusal is about it. */
export function messageFor(refusal: Refusal, field: string): string | undefined {
  const error = read(refusal);
  if (!error?.field) return undefined;
  return error.field === field || error.field.startsWith(`${field}.`) ? error.message : undefined;
}

/** The message to show once for the form: one naming no field, or a field the form does not show. */
export function formMessage(refusal: Refusal, shown: readonly string[]): string | undefined {
  const error = read(refusal);
  if (!error) return undefined;
  return error.field && shown.some((field) => messageFor(error, field)) ? undefined : error.message;
}
