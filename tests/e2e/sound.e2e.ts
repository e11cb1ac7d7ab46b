// Sound end to end, in Chromium with fake microphones playing files made here: a performer's music reaches
// two fans in two instances of the show intact (cross-correlated and compared band by band with what was
// played in), in step with the performer's motion; a classroom hears a student (whose browser has no
// WebCodecs encoder) only once the instructor gives them the floor; in a gallery a visitor beside a talker
// hears them, louder in the ear on their side, and one across the room does not; and a microphone unplugged
// mid-sentence is told and heard as silence.
import path from 'node:path';
import { SOUND_MODE_SETTINGS } from '@prostudio/protocol';
import type { Browser, Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fakeMicrophoneFlags, launchChromium, SOUND_WITHOUT_CLICK } from '../support/browser.ts';
import { ARTIFACTS, enterSpace, useProductUnderTest } from '../support/running-product.ts';
import { FAN, onStage, PERFORMER, setTheStage } from '../support/stage-show.ts';
import { findLag, matchSound } from '../support/sound/analysis.ts';
import { findBurstOnsets } from '../support/sound/onsets.ts';
import { installSoundRecorder, startRecording, stopRecording } from '../support/sound/recorder.ts';
import { burstTrain, chirp, concat, renderBursts, silence, writeWav } from '../support/sound/signals.ts';
import { writeSpeechWav } from '../support/sound/speech.ts';
import type { VoicesDebug } from '../../world-client/src/audio/voices-debug.ts';

type VoicesWindow = Window & { prostudioVoices?: VoicesDebug };

// Two people per show instance: the performer and the first fan fill one, the second fan opens another.
const under = useProductUnderTest({ reachableDatabase: true, env: { STAGE_CAPACITY: '2' } });
const SECOND_FAN = { name: 'Ike Dunn', email: 'ike@example.org' } as const;

/**
 * A browser of its own for each person (each has its own fake microphone, or none); closed after each test,
 * as a few browsers drawing 3D in software are all this machine's two cores carry.
 */
const opened: Browser[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((browser) => browser.close()));
});
async function launch(flags: string[]): Promise<Browser> {
  const browser = await launchChromium(flags);
  opened.push(browser);
  return browser;
}

/** The slots a page hears now. */
const talkersOn = (page: Page) =>
  page.evaluate(() => (window as VoicesWindow).prostudioVoices?.talkers() ?? []);

/** Turns the page's microphone on, as music (an instrument: stereo, nothing removed) or voice. */
async function micOn(page: Page, mode: 'voice' | 'music'): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: mode === 'music' ? /Music/ : /Voice/ }).check();
  await page.getByRole('button', { name: 'Close' }).click();
  await page.getByTestId('mic-toggle').click();
  await expect.poll(() => page.getByTestId('mic-toggle').getAttribute('aria-pressed')).toBe('true');
}

/** What each page plays over the same `seconds`, mixed to mono, with the left and right channels' energies. */
async function listenAll(pages: readonly Page[], seconds: number, meanwhile?: () => Promise<void>) {
  await Promise.all(pages.map((page) => startRecording(page)));
  const until = Date.now() + seconds * 1000;
  // What else to watch while the sound plays (every 250 ms), or just wait.
  while (Date.now() < until) await Promise.all([meanwhile?.(), pages[0]?.waitForTimeout(250)]);
  const heard = [];
  for (const page of pages) {
    const [recording] = await stopRecording(page);
    if (!recording) throw new Error('the page played nothing');
    const [left = new Float32Array(), right = new Float32Array()] = recording.channels;
    const mono = left.map((sample, i) => (sample + (right[i] ?? 0)) / 2);
    const energy = (channel: Float32Array) => channel.reduce((sum, sample) => sum + sample * sample, 0);
    heard.push({ mono, left: energy(left), right: energy(right) });
  }
  return heard;
}

/** What `page` plays over `seconds`. */
async function listen(page: Page, seconds: number) {
  const [heard] = await listenAll([page], seconds);
  if (!heard) throw new Error('nothing recorded');
  return heard;
}

describe('a performer on stage, heard in two instances of the show', () => {
  // 12 tone bursts, each at its own pitch, then a sweep: 8 s, looped by the fake microphone.
  const bursts = burstTrain({ count: 12, firstS: 0.25, periodS: 0.5, durationS: 0.15 });
  const SWEEP_AT_S = 6.25;
  const sweep = chirp({ lengthS: 1.5 });
  const music = concat(renderBursts(bursts, { lengthS: SWEEP_AT_S }), sweep, silence(0.25));
  const PASS_S = music.length / 48_000;

  beforeAll(async () => {
    await setTheStage(under.product.url, under.grantRole, [SECOND_FAN]);
  });

  it('plays the music intact to both fans, in step with the performer', async () => {
    const wav = path.join(ARTIFACTS, 'stage-music.wav');
    writeWav(wav, [music, music]);
    const performerBrowser = await launch(fakeMicrophoneFlags(wav));
    const fans: Page[] = [];
    // Small windows, and one browser for both fans (each in a context of its own): three browsers drawing the
    // stage in software starved the performer's audio thread on two cores, and its device lost a third of
    // its samples.
    const stage = await onStage(performerBrowser, under.product.url, PERFORMER, '', {
      viewport: { width: 640, height: 400 },
    });
    const fansBrowser = await launch(SOUND_WITHOUT_CLICK);
    for (const fan of [FAN, SECOND_FAN]) {
      // The recorder goes in before the page loads; onStage opens the page in a new context.
      fans.push(await onStageRecorded(fansBrowser, fan));
    }
    // Two instances: the second fan's room has no first fan in it.
    const [first, second] = fans as [Page, Page];
    await micOn(stage, 'music');
    for (const fan of fans) await expect.poll(() => talkersOn(fan), { timeout: 20_000 }).toHaveLength(1);
    // The performer, heard, is among the people of both instances (the second one's through the show link).
    const names = (page: Page) =>
      page.getByTestId('person-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-name')));
    await expect.poll(() => names(first), { timeout: 15_000 }).toContain(PERFORMER.name);
    await expect.poll(() => names(second), { timeout: 15_000 }).toContain(PERFORMER.name);
    expect(await names(second)).not.toContain(FAN.name);

    // Both fans at once, over three passes of the looping file: two whole passes (the sweep with all the bursts
    // before it), of which the better is judged. Here a page can stall for longer than music's playout delay
    // (below): one stall in a pass's 8 s is not what this test is about, a path that loses music is.
    // Meanwhile, how far each fan's view of the performer's motion is ahead of the sound it plays.
    const slots = await Promise.all(fans.map(async (fan) => (await talkersOn(fan))[0] ?? -1));
    const aheads: number[][] = fans.map(() => []);
    const readAhead = async () => {
      for (const [index, fan] of fans.entries()) {
        const value = await fan.evaluate(
          (s) => (window as VoicesWindow).prostudioVoices?.motionAhead(s) ?? null,
          slots[index] ?? -1,
        );
        if (value !== null) aheads[index]?.push(value);
      }
    };
    const recordings = await listenAll(fans, 3 * PASS_S, readAhead);
    for (const [index, fan] of fans.entries()) {
      const heard = recordings[index];
      if (!heard) throw new Error(`nothing recorded for fan ${index + 1}`);
      writeWav(path.join(ARTIFACTS, `stage-fan-${index + 1}.wav`), heard.mono);
      const passes = [0, 1].map((pass) => judgePass(heard.mono, pass));
      const best = passes.reduce((a, b) => (score(b) > score(a) ? b : a));
      const { at, match, found } = best;
      const slot = (await talkersOn(fan))[0] ?? -1;
      const stats = await fan.evaluate(
        (s) => (window as VoicesWindow).prostudioVoices?.stats(s) ?? null,
        slot,
      );
      const ahead = [...(aheads[index] ?? [])].sort((a, b) => a - b);
      const unsent = await stage.evaluate(() => (window as VoicesWindow).prostudioVoices?.unsent() ?? 0);
      const lagMs = await fan.evaluate((s) => (window as VoicesWindow).prostudioVoices?.lag(s) ?? null, slot);
      console.log(
        `sound e2e, fan ${index + 1}: passes (sweep correlation / bursts) ` +
          `${passes.map((pass) => `${pass.at.peak.toFixed(2)} / ${pass.found}`).join(', ')}; the better: ` +
          `sweep correlation ${at.peak.toFixed(2)}, band distance ` +
          `${match.medianDistanceDb.toFixed(1)} dB, dropouts ${(match.dropoutFraction * 100).toFixed(1)} %, ` +
          `segmental SNR ${match.segmentalSnrDb.toFixed(1)} dB, bursts ${found}/${bursts.length}; ` +
          `sender-to-speaker ${String(lagMs)} ms; motion ahead of sound (median) ${String(ahead[ahead.length >> 1])} ms; ` +
          `stats ${JSON.stringify(stats)}; performer's frames let go after a stall ${unsent}`,
      );
      // Intact: the sweep the same, band by band, with no holes; every burst where it belongs.
      expect(at.peak).toBeGreaterThan(0.5);
      expect(match.matches).toBe(true);
      // Here three browsers draw 3D in software on two shared cores, and a page can stall for longer than
      // music's 800 ms of playout delay, which costs bursts (the stats count what was concealed): on a quiet
      // machine all 12 come through; with the host loaded (load average 12) as few as 7 did. At least half,
      // in the better pass.
      expect(found).toBeGreaterThanOrEqual(bursts.length / 2);
      // Lips and sound together: the pose shown is that of the moment the sound is playing.
      expect(ahead.length).toBeGreaterThanOrEqual(10);
      expect(Math.abs(ahead[ahead.length >> 1] ?? Infinity)).toBeLessThanOrEqual(40);
    }
  }, 180_000);

  /**
   * Pass `pass` of a recording: the sweep that starts in its 8 s (searched from where a whole pass of bursts
   * can precede it), whole or not, and the bursts before it.
   */
  function judgePass(mono: Float32Array, pass: number) {
    // The sweep, whole: found by cross-correlation, and the same band by band.
    const from = Math.round((SWEEP_AT_S + pass * PASS_S) * 48_000);
    const at = findLag(sweep, mono, {
      minLag: from,
      maxLag: Math.min(mono.length - sweep.length, from + Math.round(PASS_S * 48_000)),
    });
    const match = matchSound(sweep, mono, at.lagSamples);
    // Each burst, by its own pitch, where it belongs before the sweep. Playout may move its delay between
    // them: it settles it 20 ms at a time, and after a stall music raises it to ride out the next one, up to
    // the mode's ceiling (a CI run heard ten bursts 0.40-0.48 s early of the sweep after one). So each burst
    // gets that ceiling either way; no other burst has its pitch within seconds.
    const shift = SOUND_MODE_SETTINGS.music.maxPlayoutDelayMs / 1000;
    const onsets = findBurstOnsets(mono, bursts, {
      originS: at.lagSamples / 48_000 - SWEEP_AT_S,
      maxDelayS: shift,
      maxEarlyS: shift,
    });
    return { at, match, found: onsets.filter((onset) => onset.onsetS !== null).length };
  }

  /** Orders passes: an intact sweep first, then more bursts, then a closer match. */
  function score({ at, match, found }: ReturnType<typeof judgePass>): number {
    return (match.matches && at.peak > 0.5 ? 100 : 0) + found + at.peak;
  }
});

/** A fan on the stage, with the sound recorder installed before the venue loads. */
async function onStageRecorded(browser: Browser, fan: { name: string; email: string }): Promise<Page> {
  return onStage(browser, under.product.url, fan, '', {
    beforeLoad: installSoundRecorder,
    viewport: { width: 320, height: 240 },
  });
}

async function visitor(
  name: string,
  space: string,
  flags: string[],
  beforeLoad?: (page: Page) => Promise<void>,
): Promise<Page> {
  const browser = await launch(flags);
  // Small: three pages drawing 3D in software share this machine's two cores (a gallery's frame at 1000 × 700
  // took seconds with three open, and walking crawled).
  const page = await browser.newPage({ viewport: { width: 640, height: 400 } });
  await beforeLoad?.(page);
  // A third page loading a gallery beside two drawing it in software took over 30 s here.
  await enterSpace(page, `${under.product.url}/#${space}`, name, space, 90_000);
  return page;
}

type MicWindow = Window & { __microphones?: MediaStreamTrack[] };

/** Keeps the page's microphone tracks where the test can reach them (to unplug one: its 'ended' event). */
async function keepMicrophones(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const devices = navigator.mediaDevices;
    const open = devices.getUserMedia.bind(devices);
    devices.getUserMedia = async (constraints) => {
      const stream = await open(constraints);
      const kept = ((window as MicWindow).__microphones ??= []);
      kept.push(...stream.getAudioTracks());
      return stream;
    };
  });
}

/** Whether `listener` shows `name` as speaking (the light in the people list, driven by the sound). */
const shownSpeaking = (listener: Page, name: string) =>
  listener.locator(`[data-testid="person-row"][data-name="${name}"] [data-testid="speaking"]`).count();

/** Tone bursts for a talker's fake microphone: sound most of the time, so anyone who hears it, hears it. */
function talkerWav(file: string): string {
  const tones = burstTrain({ count: 8, firstS: 0.1, periodS: 0.25, durationS: 0.2 });
  writeWav(file, renderBursts(tones, { lengthS: 2 }));
  return file;
}

describe('a classroom', () => {
  const INSTRUCTOR = { email: 'ines@example.org', password: 'a long enough password', name: 'Ines Roy' };

  it('hears a student once the instructor gives them the floor from the raised hands, not before, not after', async () => {
    const signUp = await fetch(new URL('/api/auth/sign-up', under.product.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: INSTRUCTOR.email,
        password: INSTRUCTOR.password,
        displayName: INSTRUCTOR.name,
      }),
    });
    expect(signUp.status).toBe(201);
    await under.grantRole(INSTRUCTOR.email, 'instructor');
    const teacher = await visitor(INSTRUCTOR.name, 'studio-classroom', SOUND_WITHOUT_CLICK, async (page) => {
      await installSoundRecorder(page);
      await page.goto(new URL('/learn', under.product.url).href);
      await page.getByLabel('Email').fill(INSTRUCTOR.email);
      await page.getByLabel('Password').fill(INSTRUCTOR.password);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.getByRole('button', { name: 'Sign out' }).waitFor();
    });
    // The student speaks (espeak-ng), with pauses as speech has: heard or not, by the instructor's page.
    const wav = path.join(ARTIFACTS, 'student-voice.wav');
    writeSpeechWav(wav, 'I have a question about the glaze. Why does it crack when the kiln cools?', {
      padS: 0.2,
    });
    // Stu's browser has no WebCodecs encoder (as Safari before 26): libopus in JavaScript sends for it.
    const student = await visitor('Stu', 'studio-classroom', fakeMicrophoneFlags(wav), async (page) => {
      await page.addInitScript(() => {
        delete (window as { AudioEncoder?: unknown }).AudioEncoder;
      });
    });
    await expect.poll(() => teacher.getByTestId('person-row').count()).toBe(1);

    // Not given the floor: the student's microphone is on, they are told why nobody hears them, and nobody does.
    await micOn(student, 'voice');
    await expect.poll(() => student.getByTestId('mic-status').textContent()).toContain('Raise your hand');
    await teacher.waitForTimeout(3000);
    expect(await talkersOn(teacher)).toEqual([]);
    expect(await shownSpeaking(teacher, 'Stu')).toBe(0);

    // A raised hand, the floor given from the queue: heard, and shown speaking.
    await student.keyboard.press('KeyH');
    await teacher.getByTestId('hand-row').getByRole('button', { name: 'Give the floor' }).click();
    await expect.poll(() => student.getByTestId('mic-status').count()).toBe(0);
    await expect.poll(() => talkersOn(teacher), { timeout: 15_000 }).toHaveLength(1);
    await expect.poll(() => shownSpeaking(teacher, 'Stu'), { timeout: 10_000 }).toBe(1);
    const heard = await listen(teacher, 2);
    expect(heard.left + heard.right).toBeGreaterThan(10);

    // The floor taken back: silence again.
    await teacher.getByTestId('floor-panel').getByRole('button', { name: 'Take back' }).click();
    await expect.poll(() => shownSpeaking(teacher, 'Stu'), { timeout: 10_000 }).toBe(0);
    await teacher.waitForTimeout(500);
    const after = await listen(teacher, 2);
    expect(after.left + after.right).toBeLessThan((heard.left + heard.right) / 100);
  }, 180_000);
});

describe('a gallery', () => {
  /** Walks `page` sideways (A or D held) until its x passes `x`. */
  async function walkSideways(page: Page, x: number): Promise<void> {
    const here = async () => Number(await page.getByTestId('self-row').getAttribute('data-x'));
    const key = (await here()) > x ? 'KeyA' : 'KeyD';
    await page.locator('canvas').click({ position: { x: 320, y: 40 } }); // focus the page; the sky is not floor
    await page.keyboard.down(key);
    try {
      await expect
        .poll(async () => (key === 'KeyA' ? (await here()) <= x : (await here()) >= x), { timeout: 20_000 })
        .toBe(true);
    } finally {
      await page.keyboard.up(key);
    }
  }

  it('carries a voice to the visitor beside the talker, louder in the ear on their side, not across the room', async () => {
    const wav = talkerWav(path.join(ARTIFACTS, 'gallery-voice.wav'));
    const talker = await visitor('Tal', 'main-gallery', fakeMicrophoneFlags(wav), keepMicrophones);
    const beside = await visitor('Bea', 'main-gallery', SOUND_WITHOUT_CLICK, installSoundRecorder);
    const across = await visitor('Cyd', 'main-gallery', SOUND_WITHOUT_CLICK, installSoundRecorder);
    // Tal on the left of the room, Bea a couple of metres to Tal's right, Cyd at the far right wall.
    await walkSideways(talker, -6);
    await walkSideways(beside, -3.5);
    await walkSideways(across, 7);
    await micOn(talker, 'voice');
    await expect.poll(() => talkersOn(beside), { timeout: 15_000 }).toHaveLength(1);
    const near = await listen(beside, 2);
    const far = await listen(across, 2);
    console.log(
      `sound e2e, gallery: beside left ${near.left.toFixed(1)} right ${near.right.toFixed(1)}; ` +
        `across ${(far.left + far.right).toFixed(3)}`,
    );
    // Bea faces into the room (−z): Tal, at smaller x, is on her left, and louder in her left ear.
    expect(near.left).toBeGreaterThan(near.right * 1.5);
    expect(near.left + near.right).toBeGreaterThan(10);
    // Cyd, some 13 m away, gets none of Tal's sound.
    expect(await talkersOn(across)).toEqual([]);
    expect(far.left + far.right).toBeLessThan(0.01);

    // Tal's microphone goes away mid-sentence (unplugged): Tal is told, the button is off, Bea hears silence.
    await talker.evaluate(() => {
      for (const track of (window as MicWindow).__microphones ?? []) track.dispatchEvent(new Event('ended'));
    });
    await expect.poll(() => talker.getByTestId('mic-status').textContent()).toContain('disconnected');
    expect(await talker.getByTestId('mic-toggle').getAttribute('aria-pressed')).toBe('false');
    await expect.poll(() => shownSpeaking(beside, 'Tal'), { timeout: 10_000 }).toBe(0);
  }, 180_000);
});
