import { describe, expect, it } from 'vitest';
import {
  AUDIO_CODEC_VERSION,
  AUDIO_HEADER_BYTES,
  decodeAudioFrame,
  decodeVoicePacket,
  encodeAudioFrame,
  encodeVoicePacket,
  MAX_OPUS_BYTES,
  type AudioFrame,
} from './audio-frame.ts';
import { fuzzInputs } from '../fuzz-inputs.ts';

const frame = (payload: Uint8Array, over: Partial<AudioFrame> = {}): AudioFrame => ({
  sequence: 7,
  time: 1_700_000_123,
  stereo: false,
  mode: 'voice',
  payload,
  ...over,
});

describe('audio frames', () => {
  it('round-trip every field: sequence and time wrap, stereo music, the Opus packet as sent', () => {
    const payload = Uint8Array.from({ length: 320 }, (_, i) => (i * 37) & 0xff);
    const sent = frame(payload, { sequence: 65_537, time: 2 ** 32 + 5, stereo: true, mode: 'music' });
    const bytes = encodeAudioFrame(sent);
    expect(bytes.byteLength).toBe(AUDIO_HEADER_BYTES + 320);
    const result = decodeAudioFrame(bytes);
    if (!result.ok) throw new Error(result.error);
    expect(result.frame).toMatchObject({ sequence: 1, time: 5, stereo: true, mode: 'music' });
    expect([...result.frame.payload]).toEqual([...payload]);
  });

  it('refuses to encode an empty or oversized packet', () => {
    expect(() => encodeAudioFrame(frame(new Uint8Array(0)))).toThrow(/1 to 1275/);
    expect(() => encodeAudioFrame(frame(new Uint8Array(MAX_OPUS_BYTES + 1)))).toThrow(/1 to 1275/);
  });

  it('refuses frames that are too short, too long, of another version or with unknown flags', () => {
    const valid = encodeAudioFrame(frame(new Uint8Array([1, 2, 3])));
    expect(decodeAudioFrame(valid.subarray(0, AUDIO_HEADER_BYTES))).toMatchObject({ ok: false });
    expect(decodeAudioFrame(new Uint8Array(AUDIO_HEADER_BYTES + MAX_OPUS_BYTES + 1))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/at most/),
    });
    const other = valid.slice();
    other[0] = AUDIO_CODEC_VERSION + 1;
    expect(decodeAudioFrame(other)).toMatchObject({ ok: false, error: expect.stringMatching(/version/) });
    const flagged = valid.slice();
    flagged[1] = 0b100;
    expect(decodeAudioFrame(flagged)).toMatchObject({ ok: false, error: expect.stringMatching(/flags/) });
  });

  it("reads a frame inside a larger buffer (a socket's) without copying", () => {
    const valid = encodeAudioFrame(frame(new Uint8Array([9, 8, 7])));
    const framed = new Uint8Array(valid.byteLength + 5);
    framed.set(valid, 5);
    const result = decodeAudioFrame(framed.subarray(5));
    expect(result.ok && [...result.frame.payload]).toEqual([9, 8, 7]);
  });

  it('names the talker in a voice packet', () => {
    const bytes = encodeAudioFrame(frame(new Uint8Array([4, 5])));
    const result = decodeVoicePacket(encodeVoicePacket(513, bytes));
    expect(result.ok && result.slot).toBe(513);
    expect(result.ok && [...result.frame.payload]).toEqual([4, 5]);
    expect(decodeVoicePacket(new Uint8Array([1]))).toMatchObject({ ok: false });
  });

  it('never throws on random buffers, truncations or bit flips (fuzz, 20 000 cases)', () => {
    const valid = encodeAudioFrame(frame(Uint8Array.from({ length: 80 }, (_, i) => i)));
    let accepted = 0;
    for (const input of fuzzInputs(valid, { seed: 7, count: 20_000, maxLength: 1400 })) {
      const result = decodeAudioFrame(input);
      if (result.ok) {
        accepted++;
        expect(result.frame.payload.byteLength).toBeGreaterThan(0);
        expect(result.frame.payload.byteLength).toBeLessThanOrEqual(MAX_OPUS_BYTES);
      }
      expect(decodeVoicePacket(input).ok === false || input.byteLength >= 2 + AUDIO_HEADER_BYTES + 1).toBe(
        true,
      );
    }
    // Flips in the payload still pass (the room does not judge Opus); flips in the header mostly do not.
    expect(accepted).toBeGreaterThan(5000);
    expect(accepted).toBeLessThan(20_000);
  });
});
