// The API names the field a message is about ("body.closesAt: must be in the future."): which of the form's
// fields that is, so the message shows next to it, and the message without its address.

export type DraftField = 'title' | 'space' | 'text' | 'works' | 'opensAt' | 'closesAt' | 'form';

const FIELDS: readonly DraftField[] = ['title', 'space', 'text', 'works', 'opensAt', 'closesAt'];

/** The field `message` is about ('form' when it names none), and what it says. */
export function fieldError(message: string): { field: DraftField; message: string } {
  const match = /^body\.(?:dates\.)?([a-zA-Z]+)[\w.]*:\s*(.*)$/s.exec(message);
  const named = FIELDS.find((field) => field === match?.[1]);
  if (!match || !named) return { field: 'form', message };
  const text = match[2] ?? message;
  return { field: named, message: text.charAt(0).toUpperCase() + text.slice(1) };
}
