// MIDI messages as a keyboard or pad controller sends them (Web MIDI gives one whole message at a time):
// note on and note off, a note on at velocity 0 being a note off, as the MIDI 1.0 specification has it.
// Everything else (controllers, clock, system messages) is not a note and reads as null.

export type MidiNote =
  | { readonly kind: 'noteOn'; readonly channel: number; readonly pitch: number; readonly velocity: number }
  | { readonly kind: 'noteOff'; readonly channel: number; readonly pitch: number };

/** The note in a MIDI message, or null (not a note, or malformed). Velocity is 0–1. */
export function parseMidi(data: ArrayLike<number>): MidiNote | null {
  if (data.length < 3) return null;
  const status = data[0]!;
  const pitch = data[1]!;
  const velocity = data[2]!;
  // Data bytes have the top bit clear; a status byte has it set.
  if (status < 0x80 || pitch > 0x7f || velocity > 0x7f) return null;
  const kind = status & 0xf0;
  const channel = status & 0x0f;
  if (kind === 0x90 && velocity > 0) return { kind: 'noteOn', channel, pitch, velocity: velocity / 127 };
  if (kind === 0x80 || kind === 0x90) return { kind: 'noteOff', channel, pitch };
  return null;
}
