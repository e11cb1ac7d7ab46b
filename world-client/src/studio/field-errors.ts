// The API names the field a request was refused for ("body.capacity: Main Stage holds at most 500."): a form
// shows that message next to that field, and any other message above the form. Pure, tested in Node.

export interface FieldError {
  /** The field's path in the request body ("capacity", "acts.0.title"), or null for the form as a whole. */
  readonly field: string | null;
  readonly message: string;
}

/** Splits an API message into the field it names and what to tell the person. */
export function fieldError(message: string): FieldError {
  const named = /^body\.([\w.]+): (.+)$/s.exec(message);
  if (!named) return { field: null, message };
  const [, field = '', text = ''] = named;
  return { field, message: text.charAt(0).toUpperCase() + text.slice(1) };
}

/** The message for `field` (or one of its parts, for a list's items) if the error is about it. */
export function messageFor(error: FieldError | null, field: string): string | undefined {
  if (!error?.field) return undefined;
  return error.field === field || error.field.startsWith(`${field}.`) ? error.message : undefined;
}

/** The message to show above the form: one naming no field, or a field the form does not show. */
export function formMessage(error: FieldError | null, shown: readonly string[]): string | undefined {
  if (!error) return undefined;
  return error.field && shown.some((field) => messageFor(error, field)) ? undefined : error.message;
}
