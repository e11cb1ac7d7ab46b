// Ids for what people add to a song (tracks, clips, notes): made on their own page, so the edit carrying
// them is plain data that every copy applies the same; random enough that two pages never pick the same.
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** A new id: 12 characters from 62 (71 bits). */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  let id = '';
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length];
  return id;
}
