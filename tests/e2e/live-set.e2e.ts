// A live set end to end, in Chromium: the performer opens the DAW at the stage's console, opens the demo and
// plays; two fans in two instances of the show each render it on their own page. Their recorded output must
// be the same music (correlated) at the same moment (within 20 ms), from a few kilobits a second on the wire
// where streaming it would take 128.
import type { Browser, Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, SOUND_WITHOUT_CLICK } from '../support/browser.ts';
import { countRoomBytes } from '../support/room-bytes.ts';
import { useProductUnderTest } from '../support/running-product.ts';
import { alignment, percentile, SAME_MUSIC } from '../support/sound/alignment.ts';
import { installSoundRecorder, startRecording, stopRecording } from '../support/sound/recorder.ts';
import { FAN, onStage, PERFORMER, setTheStage } from '../support/stage-show.ts';

// Two people per show instance: the performer and the first fan fill one, the second fan opens another.
const under = useProductUnderTest({ reachableDatabase: true, env: { STAGE_CAPACITY: '2' } });
const SECOND_FAN = { name: 'Ike Dunn', email: 'ike@example.org' } as const;
const LISTEN_S = 8;

const opened: Browser[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((browser) => browser.close()));
});

const setLine = (page: Page) => page.getByTestId('live-set-now');

describe('a live set on stage', () => {
  beforeAll(async () => {
    await setTheStage(under.product.url, under.grantRole, [SECOND_FAN]);
  });

  it('is rendered by each fan, the same music within 20 ms of each other, from a few kbit/s', async () => {
    const performerBrowser = await launchChromium(SOUND_WITHOUT_CLICK);
    opened.push(performerBrowser);
    const stage = await onStage(performerBrowser, under.product.url, PERFORMER, '', {
      viewport: { width: 1000, height: 700 },
    });
    const fansBrowser = await launchChromium(SOUND_WITHOUT_CLICK);
    opened.push(fansBrowser);
    const fans: Page[] = [];
    for (const fan of [FAN, SECOND_FAN]) {
      fans.push(
        await onStage(fansBrowser, under.product.url, fan, '', {
          beforeLoad: installSoundRecorder,
          viewport: { width: 320, height: 240 },
        }),
      );
    }
    const wire = await countRoomBytes(fans[1]!);

    wire.reset();
    await stage.getByRole('button', { name: 'Open the DAW' }).click();
    const daw = stage.getByRole('dialog', { name: 'The DAW, live on stage' });
    await daw.getByRole('button', { name: 'Open the demo' }).click();
    await expect.poll(() => daw.getByRole('status').textContent()).toContain('On air: “Demo”');
    for (const fan of fans)
      await expect.poll(() => setLine(fan).textContent(), { timeout: 20_000 }).toContain('Demo');
    await daw.getByRole('button', { name: 'Play' }).click();
    for (const fan of fans)
      await expect.poll(() => setLine(fan).textContent(), { timeout: 10_000 }).toContain('♪ Live set');
    const song = wire.byType()['6'] ?? 0;
    // A bar into the set (its first notes scheduled everywhere), both fans listen at once; halfway, the
    // performer speeds up (an edit of the song, and the transport moved to keep the beat).
    await stage.waitForTimeout(2500);
    wire.reset();
    await Promise.all(fans.map((fan) => startRecording(fan)));
    await stage.waitForTimeout((LISTEN_S / 2) * 1000);
    await daw.getByRole('spinbutton', { name: 'Tempo' }).fill('132');
    await stage.waitForTimeout((LISTEN_S / 2) * 1000);
    // The venue's sound is the page's 48 kHz AudioContext (venue-audio.ts); Tone.js makes a context of its own
    // on import, at the device's rate, that plays nothing.
    const [first, second] = await Promise.all(
      fans.map(async (fan) =>
        (await stopRecording(fan)).find((recording) => recording.sampleRate === 48_000),
      ),
    );
    const received = wire.byType();
    if (!first || !second) throw new Error('a fan played nothing');

    // Both heard music, and the same music at the same moment: windows of the first fan's found in the
    // second's where the wall clock puts them.
    const windows = alignment(first, second);
    expect(windows.length).toBeGreaterThan(LISTEN_S); // most of the windows had music in them
    const matched = windows.filter((window) => window.peak > SAME_MUSIC);
    expect(matched.length / windows.length).toBeGreaterThanOrEqual(0.9);
    expect(
      percentile(
        matched.map((window) => window.peak),
        0.5,
      ),
    ).toBeGreaterThan(0.6);
    const lags = matched.map((window) => Math.abs(window.lagMs));
    console.log(
      `live set: ${windows.length} windows, ${matched.length} matched; |lag| median ${percentile(lags, 0.5).toFixed(1)} ms, p95 ${percentile(lags, 0.95).toFixed(1)} ms; song ${song} B; while playing ${JSON.stringify(received)}; lags ${windows.map((w) => w.lagMs.toFixed(1)).join(' ')}`,
    );
    expect(percentile(lags, 0.5)).toBeLessThan(20);
    expect(percentile(lags, 0.95)).toBeLessThan(20);

    // What the set took on the second fan's wire: the song once (a 16-track, 64-bar song: less than streaming
    // it as 128 kbit/s Opus for a minute), then, while it played and changed, far below streaming it.
    expect(song).toBeGreaterThan(1000);
    expect(song).toBeLessThan((128_000 / 8) * 60);
    const setBytes = (received['6'] ?? 0) + (received.transport ?? 0) + (received.liveNote ?? 0);
    expect(received.transport).toBeGreaterThan(0);
    expect((setBytes * 8) / LISTEN_S).toBeLessThan(128_000 / 10);

    // The performer stops: the fans' sets stop too.
    await daw.getByRole('button', { name: 'Stop' }).click();
    for (const fan of fans)
      await expect.poll(() => setLine(fan).textContent(), { timeout: 10_000 }).toContain('(stopped)');
  });
});
