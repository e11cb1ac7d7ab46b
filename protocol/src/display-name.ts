import { DISPLAY_NAME_MAX } from './protocol.ts';

/** The result of checking a display name: the cleaned name, or why it was refused. */
export type DisplayNameResult = { ok: true; name: string } | { ok: false; reason: string };

// Control characters, zero-width and bidirectional overrides: invisible or confusing in a name tag.
const UNPRINTABLE = /[\p{Cc}\p{Cf}]/gu;

/** Cleans a display name (trims, folds inner whitespace, strips invisible characters) and checks its length. */
export function normalizeDisplayName(raw: string): DisplayNameResult {
  const name = raw.normalize('NFC').replace(UNPRINTABLE, '').replace(/\s+/gu, ' ').trim();
  if (name.length === 0) return { ok: false, reason: 'Please choose a name.' };
  if ([...name].length > DISPLAY_NAME_MAX) {
    return { ok: false, reason: `Names are at most ${DISPLAY_NAME_MAX} characters.` };
  }
  return { ok: true, name };
}
