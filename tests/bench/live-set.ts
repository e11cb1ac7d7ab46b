// A live set heard by two fans in two instances of a show, each rendering it on their own page: how closely
// their speakers agree (windows of one fan's recording found in the other's by cross-correlation, where the
// shared wall clock puts them), and what the set costs each listener on the wire against streaming the same
// music as 128 kbit/s Opus. Songs: the demo (the live set was built and tested on it) and a held-out song it
// never was (tests/bench/daw-held-out-song.ts: 12 tracks, other parts), which the performer opens from their
// saved songs. Halfway through each, the performer changes the tempo. The second fan's whole connection goes
// through a proxy adding 20 ms ± 10 ms each way (PROXY=0: straight), so the shared clock is estimated over
// a jittery network.
//
//   npm run build && node tests/bench/live-set.ts   # SECONDS=20 a song; PROXY=0 no proxy for the second fan
import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTestDatabase } from '@prostudio/backend/testing';
import { bytesToBase64, createProjectDoc, applyOperation } from '@prostudio/studio-tools/daw';
import type { Page } from 'playwright-core';
import * as Y from 'yjs';
import { callApi } from '../support/api.ts';
import { launchChromium, SOUND_WITHOUT_CLICK } from '../support/browser.ts';
import { startDelayProxy } from '../support/netem.ts';
import { startProduct } from '../support/product.ts';
import { countRoomBytes } from '../support/room-bytes.ts';
import { grantRoleIn } from '../support/running-product.ts';
import { alignment, percentile, SAME_MUSIC } from '../support/sound/alignment.ts';
import { installSoundRecorder, startRecording, stopRecording } from '../support/sound/recorder.ts';
import { FAN, onStage, PASSWORD, PERFORMER, setTheStage } from '../support/stage-show.ts';
import { heldOutSongOperations } from './daw-held-out-song.ts';

const SECONDS = Number(process.env.SECONDS ?? 20);
const PROXY = process.env.PROXY !== '0';
const SECOND_FAN = { name: 'Ike Dunn', email: 'ike@example.org' } as const;
const HELD_OUT = 'Held-out song';
/** Streaming the music instead: 128 kbit/s of Opus, 20 ms frames each with the sound stream's 8-byte header. */
const OPUS_BYTES_PER_S = 128_000 / 8 + 8 * 50;
const SET_MINUTES = 3;

const database = await createTestDatabase();
const dataDir = await mkdtemp(path.join(tmpdir(), 'prostudio-bench-'));
await chmod(dataDir, 0o755);
const product = await startProduct({
  DATABASE_URL: database.url,
  DATA_DIR: dataDir,
  REDIS_URL: '',
  DEMO: 'off',
  STAGE_CAPACITY: '2',
});
const closers: Array<() => Promise<unknown>> = [() => product.stop(), () => database.drop()];
const rows: string[] = [];

try {
  await setTheStage(product.url, (email, role) => grantRoleIn(database.url, email, role), [SECOND_FAN]);
  await saveHeldOutSong();
  const performerBrowser = await launchChromium(SOUND_WITHOUT_CLICK);
  const fansBrowser = await launchChromium(SOUND_WITHOUT_CLICK);
  closers.unshift(
    () => performerBrowser.close(),
    () => fansBrowser.close(),
  );
  const stage = await onStage(performerBrowser, product.url, PERFORMER, '', {
    viewport: { width: 1000, height: 700 },
  });
  const proxy = PROXY
    ? await startDelayProxy({ targetPort: Number(new URL(product.url).port), delayMs: 20, jitterMs: 10 })
    : null;
  if (proxy) closers.unshift(() => proxy.close());
  const fans: Page[] = [];
  for (const [fan, base] of [
    [FAN, product.url],
    [SECOND_FAN, proxy ? `http://127.0.0.1:${proxy.port}` : product.url],
  ] as const) {
    fans.push(
      await onStage(fansBrowser, base, fan, '', {
        beforeLoad: installSoundRecorder,
        viewport: { width: 320, height: 240 },
      }),
    );
  }
  const wire = await countRoomBytes(fans[1]!);
  await stage.getByRole('button', { name: 'Open the DAW' }).click();
  const daw = stage.getByRole('dialog', { name: 'The DAW, live on stage' });

  for (const song of ['Demo', HELD_OUT]) {
    wire.reset();
    if (song === 'Demo') await daw.getByRole('button', { name: 'Open the demo' }).click();
    else {
      await daw.getByText('Open one of my songs').click();
      await daw
        .getByRole('listitem')
        .filter({ hasText: HELD_OUT })
        .getByRole('button', { name: 'Open' })
        .click();
    }
    for (const fan of fans) await waitForLine(fan, song);
    const songBytes = wire.byType()['6'] ?? 0;
    await daw.getByRole('button', { name: 'Play' }).click();
    for (const fan of fans) await waitForLine(fan, '♪ Live set');
    await stage.waitForTimeout(3000);
    wire.reset();
    await Promise.all(fans.map((fan) => startRecording(fan)));
    await stage.waitForTimeout((SECONDS / 2) * 1000);
    const tempo = daw.getByRole('spinbutton', { name: 'Tempo' });
    await tempo.fill(String(Number(await tempo.inputValue()) + 12));
    await stage.waitForTimeout((SECONDS / 2) * 1000);
    const [first, second] = await Promise.all(
      fans.map(async (fan) => (await stopRecording(fan)).find((r) => r.sampleRate === 48_000)),
    );
    const received = wire.byType();
    await daw.getByRole('button', { name: 'Stop' }).click();
    if (!first || !second) throw new Error('a fan played nothing');
    const windows = alignment(first, second);
    // Music found in both (a correlation well above noise's), and those found more than 20 ms apart.
    const matched = windows.filter((window) => window.peak > SAME_MUSIC);
    const lags = matched.map((window) => Math.abs(window.lagMs));
    const apart = lags.filter((lag) => lag > 20).length;
    const peaks = matched.map((window) => window.peak);
    const playingBytes = (received['6'] ?? 0) + (received.transport ?? 0) + (received.liveNote ?? 0);
    const perSecond = playingBytes / SECONDS;
    const set = songBytes + perSecond * SET_MINUTES * 60;
    const stream = OPUS_BYTES_PER_S * SET_MINUTES * 60;
    const label = song === 'Demo' ? 'demo (tuned on)' : 'held-out';
    console.log(
      `${label}: ${JSON.stringify({ windows: windows.length, matched: matched.length, received })}`,
    );
    // VERBOSE=1: every window.
    if (process.env.VERBOSE === '1')
      for (const w of windows)
        console.log(`  ${w.atS.toFixed(1)} s: ${w.lagMs.toFixed(1)} ms, ${w.peak.toFixed(2)}`);
    rows.push(
      `| ${label} | ${windows.length} | ${windows.length - matched.length} | ${percentile(peaks, 0.5).toFixed(2)} | ${apart} | ${ms(percentile(lags, 0.5))} | ${ms(percentile(lags, 0.9))} | ${ms(percentile(lags, 0.95))} | ${ms(Math.max(...lags))} | ${(songBytes / 1024).toFixed(0)} kB | ${perSecond.toFixed(0)} B/s | ${((set / stream) * 100).toFixed(1)} % |`,
    );
  }
} finally {
  for (const close of closers) await close().catch((error: unknown) => console.error(error));
}

console.log(
  `\nTwo fans, ${SECONDS} s a song, the second fan ${PROXY ? 'through 20 ms ± 10 ms each way' : 'straight'}; ` +
    `|lag| between their speakers over 1 s windows every 0.5 s (unmatched: correlation ≤ ${SAME_MUSIC})`,
);
console.log(
  `| song | windows | unmatched | correlation, median | > 20 ms apart | p50 | p90 | p95 | max | song on joining | while playing | a ${SET_MINUTES}-minute set against 128 kbit/s Opus |`,
);
console.log('| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |');
for (const row of rows) console.log(row);

function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}

async function waitForLine(page: Page, text: string): Promise<void> {
  await page.getByTestId('live-set-now').filter({ hasText: text }).waitFor({ timeout: 30_000 });
}

/** The held-out song, saved as the performer's own (they open it from their songs on stage). */
async function saveHeldOutSong(): Promise<void> {
  const session = await callApi<{ accessToken: string }>(product.url, 'POST', '/api/auth/sign-in', null, {
    email: PERFORMER.email,
    password: PASSWORD,
  });
  const doc = createProjectDoc();
  doc.transact(() => heldOutSongOperations(64).forEach((op) => applyOperation(doc, op)));
  applyOperation(doc, { op: 'song', name: HELD_OUT });
  await callApi(product.url, 'POST', '/api/songs', session.accessToken, {
    name: HELD_OUT,
    state: bytesToBase64(Y.encodeStateAsUpdate(doc)),
  });
}
