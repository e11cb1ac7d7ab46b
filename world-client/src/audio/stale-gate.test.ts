import { describe, expect, it } from 'vitest';
import { StaleGate, tooOldToSend } from './stale-gate.ts';

describe('StaleGate', () => {
  it('lets a page that fell seconds behind skip its backlog, then takes fresh packets again', () => {
    const gate = new StaleGate();
    const wall = 1_765_000_000_000; // a page's Date.now(); senders stamp it wrapped at 2^32
    const stamp = (ms: number) => (wall + ms) >>> 0;
    // 50 packets a second, 30 ms trips.
    for (let n = 0; n < 100; n++) expect(gate.tooLate(stamp(n * 20), wall + n * 20 + 30, 300)).toBe(false);
    // The page stalls for 3 s: the packets of that time are handled together when it wakes.
    const woke = wall + 2000 + 3000;
    let skipped = 0;
    for (let n = 100; n < 250; n++) if (gate.tooLate(stamp(n * 20), woke, 300)) skipped++;
    // All but the last ~half second's are too old for a voice (300 ms + slack).
    expect(skipped).toBeGreaterThan(120);
    expect(gate.tooLate(stamp(249 * 20), woke, 300)).toBe(false);
    // Music may wait longer: fewer are let go.
    const music = new StaleGate();
    for (let n = 0; n < 100; n++) music.tooLate(stamp(n * 20), wall + n * 20 + 30, 800);
    let musicSkipped = 0;
    for (let n = 100; n < 250; n++) if (music.tooLate(stamp(n * 20), woke, 800)) musicSkipped++;
    expect(musicSkipped).toBeLessThan(skipped);
    expect(gate.skipped).toBe(skipped);
  });

  it('forgets within seconds a trip made short by a talker whose stamps ran late for a while', () => {
    const gate = new StaleGate();
    const wall = 1_765_000_000_000;
    const stamp = (ms: number) => (wall + ms) >>> 0;
    // 50 packets a second, 30 ms trips; then for 2 s the talker's audio thread starves and its stamps run
    // 1.5 s late (ahead of the truth), so those trips look 1.5 s short; then its stamps are right again.
    for (let n = 0; n < 100; n++) gate.tooLate(stamp(n * 20), wall + n * 20 + 30, 800);
    for (let n = 100; n < 200; n++) gate.tooLate(stamp(n * 20 + 1500), wall + n * 20 + 30, 800);
    let dropped = 0;
    for (let n = 200; n < 300; n++) if (gate.tooLate(stamp(n * 20), wall + n * 20 + 30, 800)) dropped++;
    // Fresh packets are taken again at once, not let go for minutes (the fastest trip creeps up at 10 ms a
    // second: 1.5 s of it would take two and a half minutes).
    expect(dropped).toBe(0);
  });

  it('on the way out, drops what a stalled talker captured too long ago for anyone to play', () => {
    const capturedAt = 1_765_000_000_000;
    // A voice (300 ms at most in playout): fresh, and half a second old, go; two seconds old does not.
    expect(tooOldToSend(capturedAt, capturedAt + 20, 300)).toBe(false);
    expect(tooOldToSend(capturedAt, capturedAt + 450, 300)).toBe(false);
    expect(tooOldToSend(capturedAt, capturedAt + 2000, 300)).toBe(true);
    // Music waits longer (800 ms): a second-old frame still goes, two and a half seconds' does not.
    expect(tooOldToSend(capturedAt, capturedAt + 950, 800)).toBe(false);
    expect(tooOldToSend(capturedAt, capturedAt + 2500, 800)).toBe(true);
  });
});
