// The DAW on the studio's Music tab, in the real product: a new artist adds a drum kit, makes a clip, sets a
// kick on each beat by clicking the grid, exports a WAV and hears the four kicks in it where they belong;
// undoes the last kick and exports again (three kicks); saves it, renames it, opens the mixer and the demo
// song (its chords read by the theory help, which adds the chord it suggests), and opens the beat again
// from the list of songs, as it was saved; then types a bass line on the computer keyboard as a piano.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { decodeWav, encodeWav } from '../../studio-tools/daw/src/export/wav.ts';
import { measureLoudness } from '../../studio-tools/daw/src/master/loudness.ts';
import * as Y from 'yjs';
import { readProject } from '../../studio-tools/daw/src/core/doc.ts';
import type { Project } from '../../studio-tools/daw/src/core/project.ts';
import { DEVICES } from '../../studio-tools/daw/src/core/devices.ts';
import { beatWidth, laneRow, rulerRect } from '../../studio-tools/daw/src/editor/arrange-layout.ts';
import { devicesLayout } from '../../studio-tools/daw/src/editor/devices-layout.ts';
import {
  BUTTONS,
  HEADER_WIDTH,
  HEIGHT,
  notesGrid,
  slotRect,
  WIDTH,
  type Rect,
} from '../../studio-tools/daw/src/editor/layout.ts';
import { ARTIFACTS, useProductUnderTest } from '../support/running-product.ts';

const under = useProductUnderTest();

/** Clicks the DAW's canvas at its own coordinates (1280 × 800), wherever the page has scaled it. */
async function clickCanvas(page: Page, x: number, y: number): Promise<void> {
  const box = await page.locator('.daw-canvas').boundingBox();
  if (!box) throw new Error('The DAW’s canvas is not on the page.');
  await page.mouse.click(box.x + (x / WIDTH) * box.width, box.y + (y / HEIGHT) * box.height);
}
const centre = (r: Rect) => [r.x + r.w / 2, r.y + r.h / 2] as const;

/** Makes an account on the Music tab and waits for the DAW. */
async function openMusicAsNewArtist(page: Page, name: string, email: string): Promise<void> {
  await page.goto(new URL('/studio/music', under.product.url).href);
  await page.getByRole('button', { name: 'New here? Make an account' }).click();
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('a long enough password');
  await page.getByRole('button', { name: 'Make my account' }).click();
  await page.getByRole('heading', { name: 'Music' }).waitFor();
  await page.locator('.daw-canvas').waitFor();
}

/**
 * The song as the page has it: saved with Ctrl+S, then read back through the API as the artist (signed in
 * from here with the same account) and its Yjs state read as the DAW reads it.
 */
async function songOnPage(page: Page, email: string): Promise<Project> {
  await page.locator('.daw-canvas').focus();
  await page.keyboard.press('Control+s');
  await expect.poll(() => page.locator('.music-save-state').textContent()).toBe('Saved');
  const api = (path: string, init?: RequestInit) =>
    fetch(new URL(path, under.product.url), init).then((r) => r.json() as Promise<Record<string, unknown>>);
  const session = await api('/api/auth/sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'a long enough password' }),
  });
  const headers = { authorization: `Bearer ${String(session.accessToken)}` };
  const list = (await api('/api/songs', { headers })) as unknown as Array<{ id: string }>;
  const song = await api(`/api/songs/${list[0]!.id}`, { headers });
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Buffer.from(String(song.state), 'base64'));
  return readProject(doc);
}

/** Drags on the DAW's canvas between two of its own points, in steps (as a hand would). */
async function dragCanvas(page: Page, from: readonly [number, number], to: readonly [number, number]) {
  const box = await page.locator('.daw-canvas').boundingBox();
  if (!box) throw new Error('The DAW’s canvas is not on the page.');
  const at = ([x, y]: readonly [number, number]) =>
    [box.x + (x / WIDTH) * box.width, box.y + (y / HEIGHT) * box.height] as const;
  await page.mouse.move(...at(from));
  await page.mouse.down();
  await page.mouse.move(...at(to), { steps: 8 });
  await page.mouse.up();
}

/** Presses Export and waits for the new file's link (its address changes), which it gives. */
async function exportNew(page: Page) {
  const link = page.locator('.music-download a');
  const href = async () => ((await link.count()) > 0 ? await link.getAttribute('href') : null);
  const before = await href();
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect.poll(href, { timeout: 120_000 }).not.toBe(before);
  return link;
}

/**
 * Exports the song in the format chosen and decodes the file as the browser plays it: its name, length and
 * the loudness of each tenth of a second (left channel, RMS).
 */
async function exportDecoded(page: Page, format: string) {
  await page.getByLabel('Format').selectOption({ label: format });
  const link = await exportNew(page);
  const decoded = await link.evaluate(async (a) => {
    const bytes = await (await fetch((a as HTMLAnchorElement).href)).arrayBuffer();
    const audio = await new OfflineAudioContext(1, 1, 48_000).decodeAudioData(bytes);
    const left = audio.getChannelData(0);
    const tenth = Math.round(audio.sampleRate / 10);
    const rms: number[] = [];
    for (let i = 0; i + tenth <= left.length; i += tenth) {
      let sum = 0;
      for (let j = i; j < i + tenth; j++) sum += left[j]! ** 2;
      rms.push(Math.sqrt(sum / tenth));
    }
    return { duration: audio.duration, rms, bytes: bytes.byteLength };
  });
  return { name: await link.textContent(), ...decoded };
}

/** Exports the song and reads the WAV the page offers. */
async function exportWav(page: Page) {
  const link = await exportNew(page);
  const base64 = await link.evaluate(async (a) => {
    const bytes = new Uint8Array(await (await fetch((a as HTMLAnchorElement).href)).arrayBuffer());
    let text = '';
    for (const byte of bytes) text += String.fromCharCode(byte);
    return btoa(text);
  });
  const bytes = Uint8Array.from(Buffer.from(base64, 'base64'));
  return { name: await link.textContent(), audio: decodeWav(bytes), bytes: bytes.byteLength };
}

/** A level as the page writes it: one decimal, a true minus sign. */
const signed = (value: number) => (value < 0 ? `−${Math.abs(value).toFixed(1)}` : `+${value.toFixed(1)}`);

/** Power of `hz` in samples [from, to) seconds (Goertzel). */
function goertzel(samples: Float32Array, rate: number, hz: number, from: number, to: number): number {
  const coefficient = 2 * Math.cos((2 * Math.PI * hz) / rate);
  let s1 = 0;
  let s2 = 0;
  for (let i = Math.round(from * rate); i < Math.round(to * rate); i++) {
    const s0 = (samples[i] ?? 0) + coefficient * s1 - s2;
    s2 = s1;
    s1 = s0;
  }
  return s1 * s1 + s2 * s2 - coefficient * s1 * s2;
}

function rms(samples: Float32Array, rate: number, from: number, to: number): number {
  let sum = 0;
  const a = Math.round(from * rate);
  const b = Math.round(to * rate);
  for (let i = a; i < b; i++) sum += (samples[i] ?? 0) ** 2;
  return Math.sqrt(sum / Math.max(1, b - a));
}

describe('the studio’s Music tab', () => {
  it('makes a beat by clicking, exports it to WAV, undoes a note, and opens the demo song', async () => {
    const context = await under.browser.newContext({ viewport: { width: 1400, height: 1100 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    await openMusicAsNewArtist(page, 'Mira Sol', 'mira@example.org');

    // A drum kit, a clip in its first slot (the notes grid opens), a kick on each of the bar's four beats.
    await clickCanvas(page, ...centre(BUTTONS.addTrack));
    await clickCanvas(page, ...centre(slotRect(0, 0)));
    const track = {
      id: 't',
      name: 'Drum kit',
      color: '#000000',
      instrument: { id: 'i', type: 'drums', params: {} },
      effects: [],
      mixer: { volume: 0, pan: 0, mute: false, solo: false, sendA: -60, sendB: -60 },
      clips: [],
      placements: [],
    };
    const grid = notesGrid(track, { id: 'c', name: 'c', length: 4, scene: 's1', notes: [], automation: {} });
    const kickRow = grid.rows.indexOf(36);
    for (const step of [0, 4, 8, 12]) {
      await clickCanvas(
        page,
        grid.area.x + (step + 0.5) * grid.cell.w,
        grid.area.y + (kickRow + 0.5) * grid.cell.h,
      );
    }
    await page.screenshot({ path: path.join(ARTIFACTS, 'studio-music-beat.png') });

    const first = await exportWav(page);
    expect(first.name).toBe('Untitled.wav');
    const { audio } = first;
    expect(audio.depth).toBe(24);
    expect(audio.channels).toHaveLength(2);
    // One bar at 120 bpm (2 s) and the 2 s the export leaves to ring out.
    expect(audio.channels[0]!.length / audio.sampleRate).toBeCloseTo(4, 1);
    const left = audio.channels[0]!;
    const kicks = [0, 0.5, 1, 1.5].map((t) => rms(left, audio.sampleRate, t, t + 0.1));
    const gaps = [0.3, 0.8, 1.3].map((t) => rms(left, audio.sampleRate, t, t + 0.15));
    for (const kick of kicks) expect(kick).toBeGreaterThan(4 * Math.max(...gaps));

    // Undo takes back the last kick.
    await page.locator('.daw-canvas').focus();
    await page.keyboard.press('Control+z');
    const second = await exportWav(page);
    const after = second.audio.channels[0]!;
    expect(rms(after, second.audio.sampleRate, 1.5, 1.6)).toBeLessThan(
      rms(after, second.audio.sampleRate, 1, 1.1) / 4,
    );

    // Saved by its key, renamed and saved again: the list of songs follows.
    await page.keyboard.press('Control+s');
    const status = page.locator('.music-save-state');
    await expect.poll(() => status.textContent()).toBe('Saved');
    const songs = page.getByRole('region', { name: 'My songs' });
    await songs.getByText('Untitled').waitFor();
    await page.getByLabel('Song name').fill('Four on the floor');
    await expect.poll(() => status.textContent()).toBe('Changes not saved');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => status.textContent()).toBe('Saved');
    await songs.getByText('Four on the floor').waitFor();

    // The mixer by its key; the demo song (no question: the beat is saved); the beat opened again from the
    // list (asked first: the demo has changes of its own), as it was saved.
    await page.locator('.daw-canvas').focus();
    await page.keyboard.press('4');
    await page.screenshot({ path: path.join(ARTIFACTS, 'studio-music-mixer.png') });
    await page.getByRole('button', { name: 'Open the demo' }).click();
    expect(await page.getByLabel('Song name').inputValue()).toBe('Demo');
    await page.screenshot({ path: path.join(ARTIFACTS, 'studio-music-demo.png') });
    // Theory help on the demo's chords (the fifth of sixteen tracks): I–V–vi–IV in C; a suggestion, added,
    // becomes a fifth bar.
    const chordsSlot = slotRect(4, 0, 16);
    await clickCanvas(page, chordsSlot.x + chordsSlot.w - 30, chordsSlot.y + chordsSlot.h / 2);
    const theory = page.getByRole('region', { name: 'Theory help' });
    await theory.getByText('C major').waitFor();
    expect(await theory.locator('.music-bar-chord').allTextContents()).toEqual([
      'bar 1: C (I)',
      'bar 2: G (V)',
      'bar 3: Am (VIm)',
      'bar 4: F (IV)',
    ]);
    await theory.getByRole('button', { name: 'G (V)' }).click();
    await theory.getByText('bar 5: G (V)').waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'studio-music-theory.png') });
    page.once('dialog', (dialog) => void dialog.accept());
    await songs.getByRole('button', { name: 'Open' }).click();
    await expect.poll(() => page.getByLabel('Song name').inputValue()).toBe('Four on the floor');
    const reopened = await exportWav(page);
    expect(reopened.name).toBe('Four on the floor.wav');
    const again = reopened.audio.channels[0]!;
    expect(rms(again, reopened.audio.sampleRate, 1, 1.1)).toBeGreaterThan(
      4 * rms(again, reopened.audio.sampleRate, 1.5, 1.6),
    );

    // A bass line typed on the computer keyboard as a piano: a bass track, a clip, then A D G (C E G, a beat
    // each, written where the cursor is); the export has each pitch in its beat.
    await clickCanvas(page, ...centre(BUTTONS.addTrack));
    await clickCanvas(page, ...centre(slotRect(1, 0, 2)));
    for (const key of ['a', 'd', 'g']) await page.keyboard.press(key);
    await page.screenshot({ path: path.join(ARTIFACTS, 'studio-music-keys.png') });
    const typed = await exportWav(page);
    const line = typed.audio.channels[0]!;
    const rate = typed.audio.sampleRate;
    const pitches = [60, 64, 67];
    pitches.forEach((pitch, beat) => {
      const at = beat * 0.5;
      const powers = pitches.map((p) =>
        goertzel(line, rate, 440 * 2 ** ((p - 69) / 12), at + 0.15, at + 0.45),
      );
      expect(powers.indexOf(Math.max(...powers)), `beat ${beat}`).toBe(beat);
    });

    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);

  const ORI = 'ori@example.org';

  it('arranges a beat on the timeline (placed, dragged, duplicated) and moves a note by dragging it', async () => {
    const context = await under.browser.newContext({ viewport: { width: 1400, height: 1100 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await openMusicAsNewArtist(page, 'Ori Vance', ORI);
    // MIDI, allowed (Chromium asks for the sysex permission for any MIDI now): the page says what it finds.
    // This machine has no sound devices at all (no ALSA sequencer), so Chromium's MIDI cannot start here;
    // with one and no keyboard, the page says none was found.
    await context.grantPermissions(['midi', 'midi-sysex'], { origin: under.product.url });
    await page.getByRole('button', { name: 'Connect MIDI' }).click();
    await page.getByText(/^No MIDI keyboard found|^MIDI could not start/).waitFor();

    // A bar of drums with a kick on its first beat only.
    await clickCanvas(page, ...centre(BUTTONS.addTrack));
    await clickCanvas(page, ...centre(slotRect(0, 0)));
    let project = await songOnPage(page, ORI);
    const drums = project.tracks[0]!;
    const grid = notesGrid(drums, drums.clips[0]!);
    const kickRow = grid.rows.indexOf(36);
    await clickCanvas(page, grid.area.x + 0.5 * grid.cell.w, grid.area.y + (kickRow + 0.5) * grid.cell.h);

    // On the timeline (key 2): placed at bars 1 and 2 by clicks on the lane, the second dragged a bar on to
    // bar 3, then duplicated (Ctrl+D) into bar 4.
    await page.locator('.daw-canvas').focus();
    await page.keyboard.press('2');
    project = await songOnPage(page, ORI);
    const lane = laneRow(0, 1);
    const y = lane.y + lane.h / 2;
    const barX = (bar: number) => HEADER_WIDTH + (bar * 4 + 0.5) * beatWidth(project);
    await clickCanvas(page, barX(0), y);
    await clickCanvas(page, barX(1), y);
    await dragCanvas(page, [barX(1) + 10, y], [barX(2) + 10, y]);
    await page.keyboard.press('Control+d');
    project = await songOnPage(page, ORI);
    expect(project.tracks[0]!.placements.map((p) => p.start)).toEqual([0, 8, 12]);
    // Play from bar 3: its marker on the ruler.
    await clickCanvas(page, barX(2), rulerRect().y + rulerRect().h / 2);
    await page.screenshot({ path: path.join(ARTIFACTS, 'studio-music-arrange.png') });

    // The export is the arrangement: a kick at the start of bars 1, 3 and 4 (2 s a bar), none in bar 2.
    const arranged = await exportWav(page);
    const left = arranged.audio.channels[0]!;
    const rate = arranged.audio.sampleRate;
    expect(left.length / rate).toBeCloseTo(10, 1);
    const [bar1, bar2, bar3, bar4] = [0, 2, 4, 6].map((t) => rms(left, rate, t, t + 0.1));
    for (const kick of [bar1!, bar3!, bar4!]) expect(kick).toBeGreaterThan(10 * bar2!);
    // The page measured it, and says what the file's meter reads.
    const plain = measureLoudness(arranged.audio.channels, rate);
    await expect
      .poll(() => page.locator('.music-loudness').textContent())
      .toContain(`Loudness ${signed(plain.integrated)} LUFS, true peak ${signed(plain.truePeak)} dBTP`);

    // Mastered for streaming: the file reads -14 LUFS (within half a unit) and no more than -1 dBTP, and the
    // page says so with the level it started from.
    await page.getByLabel('Mastering').selectOption({ label: 'Streaming (−14 LUFS, −1 dBTP)' });
    const mastered = await exportWav(page);
    expect(mastered.name).toBe('Untitled (mastered).wav');
    const loud = measureLoudness(mastered.audio.channels, mastered.audio.sampleRate);
    expect(Math.abs(loud.integrated + 14)).toBeLessThanOrEqual(0.5);
    expect(loud.truePeak).toBeLessThanOrEqual(-1 + 0.05);
    await expect
      .poll(() => page.locator('.music-loudness').textContent())
      .toContain(`Mastered to ${signed(loud.integrated)} LUFS`);
    expect(await page.locator('.music-loudness').textContent()).toContain(
      `from ${signed(plain.integrated)} LUFS`,
    );
    await page.screenshot({ path: path.join(ARTIFACTS, 'studio-music-mastered.png') });

    // MP3 and Ogg Vorbis, encoded by FFmpeg in the page: each decodes to the same ten seconds, a kick at the
    // start of bars 1, 3 and 4 and none in bar 2, far smaller than the WAV.
    for (const [format, name] of [
      ['MP3, 320 kbit/s', 'Untitled (mastered).mp3'],
      ['Ogg Vorbis, quality 8', 'Untitled (mastered).ogg'],
    ] as const) {
      const file = await exportDecoded(page, format);
      expect(file.name).toBe(name);
      expect(file.duration).toBeGreaterThan(9.9);
      expect(file.duration).toBeLessThan(10.2);
      expect(file.bytes).toBeLessThan(mastered.bytes / 3);
      const [k1, gap, k3, k4] = [0, 20, 40, 60].map((tenth) => file.rms[tenth]!);
      for (const kick of [k1!, k3!, k4!]) expect(kick, format).toBeGreaterThan(10 * gap!);
    }
    await page.getByLabel('Format').selectOption({ label: 'WAV, 24-bit' });

    // A bass note set by a click in the piano roll, then dragged a beat later and two semitones up.
    await clickCanvas(page, ...centre(BUTTONS.addTrack));
    await page.keyboard.press('1');
    await clickCanvas(page, ...centre(slotRect(1, 0, 2)));
    project = await songOnPage(page, ORI);
    const bass = project.tracks[1]!;
    const roll = notesGrid(bass, bass.clips[0]!);
    const cell = (pitch: number, beat: number) =>
      [
        roll.area.x + (beat / 0.25 + 0.5) * roll.cell.w,
        roll.area.y + (roll.rows.indexOf(pitch) + 0.5) * roll.cell.h,
      ] as const;
    await clickCanvas(page, ...cell(48, 0));
    await dragCanvas(page, cell(48, 0), cell(50, 1));
    project = await songOnPage(page, ORI);
    expect(project.tracks[1]!.clips[0]!.notes.map((n) => [n.pitch, n.start])).toEqual([[50, 1]]);
    // One undo puts it back where the click set it.
    await page.keyboard.press('Control+z');
    project = await songOnPage(page, ORI);
    expect(project.tracks[1]!.clips[0]!.notes.map((n) => [n.pitch, n.start])).toEqual([[48, 0]]);

    // The bass's devices (key 5): a reverb added, its mix turned up by dragging its knob, the instrument
    // changed with the arrow and back with one undo.
    await page.keyboard.press('5');
    let layout = devicesLayout(project.tracks[1]!);
    await clickCanvas(page, ...centre(layout.add.find((a) => a.type === 'reverb')!.rect));
    project = await songOnPage(page, ORI);
    expect(project.tracks[1]!.effects.map((e) => e.type)).toEqual(['reverb']);
    layout = devicesLayout(project.tracks[1]!);
    const mix = layout.effects[0]!.knobs.find((k) => k.spec.id === 'wet')!;
    const knob = [mix.rect.x + mix.rect.w / 2, mix.rect.y + 24] as const;
    await dragCanvas(page, knob, [knob[0], knob[1] - 80]);
    await clickCanvas(page, ...centre(layout.next));
    project = await songOnPage(page, ORI);
    const wet = project.tracks[1]!.effects[0]!.params.wet!;
    expect(wet).toBeGreaterThan(mix.value + 0.2);
    const instruments = DEVICES.filter((d) => d.kind === 'instrument').map((d) => d.type);
    expect(project.tracks[1]!.instrument.type).toBe(instruments[instruments.indexOf('bass') + 1]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'studio-music-devices.png') });
    await page.keyboard.press('Control+z');
    project = await songOnPage(page, ORI);
    expect(project.tracks[1]!.instrument.type).toBe('bass');
    expect(project.tracks[1]!.effects[0]!.params.wet).toBe(wet);

    // A sampler playing a sound of the artist's own: three more tracks (the fifth is a sampler), a clip with
    // an A5 (its root is C4: 21 semitones up), a WAV of a 500 Hz tone loaded from the devices view, the clip
    // placed on the timeline. The export has the tone at 500 Hz × 2^(21/12), not the built-in pluck's A5.
    await page.keyboard.press('1');
    for (let i = 0; i < 3; i++) await clickCanvas(page, ...centre(BUTTONS.addTrack));
    await clickCanvas(page, ...centre(slotRect(4, 0, 5)));
    project = await songOnPage(page, ORI);
    const samplerTrack = project.tracks[4]!;
    expect(samplerTrack.instrument.type).toBe('sampler');
    const sampler = notesGrid(samplerTrack, samplerTrack.clips[0]!);
    await clickCanvas(
      page,
      sampler.area.x + 0.5 * sampler.cell.w,
      sampler.area.y + (sampler.rows.indexOf(81) + 0.5) * sampler.cell.h,
    );
    await page.keyboard.press('5');
    const loadButton = devicesLayout(samplerTrack).sample!.load;
    const loadFile = async (name: string, buffer: Buffer) => {
      const chooser = page.waitForEvent('filechooser');
      await clickCanvas(page, ...centre(loadButton));
      await (await chooser).setFiles({ name, mimeType: 'audio/wav', buffer });
    };
    // Something that is not sound is refused in words, the song as it was.
    await loadFile('notes.wav', Buffer.from('these are words, not sound'));
    await page.getByRole('alert').getByText('“notes.wav” could not be read as sound').waitFor();
    const rate44 = 44_100;
    const toneWav = encodeWav(
      {
        sampleRate: rate44,
        channels: [
          Float32Array.from({ length: rate44 }, (_, i) => 0.5 * Math.sin((2 * Math.PI * 500 * i) / rate44)),
        ],
      },
      16,
    );
    await loadFile('glass.wav', Buffer.from(toneWav));
    await expect.poll(async () => (await songOnPage(page, ORI)).tracks[4]!.sample?.name).toBe('glass');
    expect(await page.getByRole('alert').count()).toBe(0);
    project = await songOnPage(page, ORI);
    expect(project.tracks[4]!.sample!.sampleRate).toBe(24_000);
    expect(project.tracks[4]!.sample!.pcm.length).toBe(24_000);
    await page.screenshot({ path: path.join(ARTIFACTS, 'studio-music-sample.png') });
    await page.keyboard.press('2');
    const samplerLane = laneRow(4, 5);
    await clickCanvas(page, barX(0), samplerLane.y + samplerLane.h / 2);
    const withSample = await exportWav(page);
    const sampled = withSample.audio.channels[0]!;
    const sampledRate = withSample.audio.sampleRate;
    const own = goertzel(sampled, sampledRate, 500 * 2 ** (21 / 12), 0.05, 0.3);
    const pluck = goertzel(sampled, sampledRate, 440 * 2 ** ((81 - 69) / 12), 0.05, 0.3);
    expect(own).toBeGreaterThan(10 * pluck);

    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
