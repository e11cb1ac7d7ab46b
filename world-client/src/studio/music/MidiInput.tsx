import { useEffect, useState } from 'react';
import type { DawApp } from '@prostudio/studio-tools/daw/editor';

/** What the page says of the MIDI keyboards it hears, or why it hears none. Pure. */
export function midiStatus(
  state: { inputs: readonly string[] } | 'unsupported' | 'refused' | string,
): string {
  if (state === 'unsupported')
    return 'This browser has no Web MIDI (Chrome and Edge do): the computer keyboard plays as a piano.';
  if (state === 'refused')
    return 'MIDI was not allowed: allow it in the site’s settings, then connect again.';
  if (typeof state === 'string') return `MIDI could not start: ${state}`;
  if (state.inputs.length === 0)
    return 'No MIDI keyboard found: plug one in, it is picked up when it appears.';
  return `Playing from ${state.inputs.join(', ')}.`;
}

/**
 * Connects the page's MIDI keyboards and pads to the DAW (asked for on a click: the browser asks the person),
 * every input at once, including ones plugged in later.
 */
export function MidiInput({ app }: { app: DawApp }) {
  const [access, setAccess] = useState<MIDIAccess | null>(null);
  const [status, setStatus] = useState('');

  const connect = async () => {
    if (!('requestMIDIAccess' in navigator)) return setStatus(midiStatus('unsupported'));
    try {
      setAccess(await navigator.requestMIDIAccess());
    } catch (error) {
      const name = error instanceof DOMException ? error.name : '';
      const refused = name === 'NotAllowedError' || name === 'SecurityError';
      setStatus(midiStatus(refused ? 'refused' : error instanceof Error ? error.message : String(error)));
    }
  };

  useEffect(() => {
    if (!access) return;
    const play = (event: MIDIMessageEvent) => {
      if (event.data) app.midi(event.data);
    };
    // Listening twice with the same function is listening once, so a new device just joins.
    const listen = () => {
      const inputs = [...access.inputs.values()];
      for (const input of inputs) input.addEventListener('midimessage', play);
      setStatus(midiStatus({ inputs: inputs.map((input) => input.name ?? 'a MIDI device') }));
    };
    listen();
    access.addEventListener('statechange', listen);
    return () => {
      access.removeEventListener('statechange', listen);
      for (const input of access.inputs.values()) input.removeEventListener('midimessage', play);
    };
  }, [access, app]);

  return (
    <span className="music-midi">
      <button type="button" onClick={() => void connect()} disabled={access !== null}>
        Connect MIDI
      </button>{' '}
      <span role="status" aria-live="polite">
        {status}
      </span>
    </span>
  );
}
