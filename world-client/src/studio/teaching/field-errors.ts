// The API names the field a refusal is about ("body.title: must …", "body.chapters.1.at: …"); the forms show
// the message next to that field. Pure, so it is tested in Node.

/** The field a message is about (its path below `body`, e.g. "chapters.1.at"), and the message without it. */
export function fieldOf(message: string): { readonly field: string | null; readonly text: string } {
  const match = /^body\.([\w.]+): (.*)$/s.exec(message);
  if (!match) return { field: null, text: message };
  return { field: match[1] ?? null, text: match[2] ?? message };
}

/** The message for `field` if the error is about it (or about something inside it), else undefined. */
export function errorFor(error: string | null, field: string): string | undefined {
  if (!error) return undefined;
  const about = fieldOf(error);
  if (about.field === null) return undefined;
  return about.field === field || about.field.startsWith(`${field}.`) ? about.text : undefined;
}

/** The error if no field of `fields` shows it: shown once, by the form's button. */
export function formError(error: string | null, fields: readonly string[]): string | undefined {
  if (!error) return undefined;
  return fields.some((field) => errorFor(error, field) !== undefined) ? undefined : fieldOf(error).text;
}
