import { describe, expect, it } from 'vitest';

import { midiStatus } from './MidiInput.tsx';

describe('what the page says of MIDI', () => {
  it('names the keyboards it plays from, or says why there are none', () => {
    expect(midiStatus({ inputs: ['KeyStep 37', 'nanoPAD2'] })).toBe('Playing from KeyStep 37, nanoPAD2.');
    expect(midiStatus({ inputs: [] })).toMatch(/^No MIDI keyboard found/);
    expect(midiStatus('unsupported')).toMatch(/^This browser has no Web MIDI/);
    expect(midiStatus('refused')).toMatch(/^MIDI was not allowed/);
    expect(midiStatus('Platform error')).toBe('MIDI could not start: Platform error');
  });
});
