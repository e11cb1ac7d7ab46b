// How old the performer's avatar is on the audience's screen: from the camera frame being grabbed (the
// camera's own exposure and delivery excluded) to the pose being shown. A performer on stage turns on
// the fake camera (a film of the avatar waving); an audience member watches. Each pose frame is dated
// by its camera frame; the audience reads each frame's age on arrival and adds the jitter buffer's
// playback delay; the performer's page reports how old frames are when they leave it. The baseline, in
// the same run: the audience member's own walking stream as the performer's page sees it (dated when
// sent: the network and the room alone).
//
// FINGERS_AND_FACE=1 turns the hand and face landmarkers on too: the body is sent before they run, so
// camera frame → sent should stay near the body's own inference, well under the whole frame's.
//
//   npm run build && node tests/bench/capture-latency.ts          # SAMPLE_SECONDS=15 FINGERS_AND_FACE=1
import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTestDatabase } from '@prostudio/backend/testing';
import type { Page } from 'playwright-core';
import { fakeCameraFlags, launchChromium } from '../support/browser.ts';
import { startProduct } from '../support/product.ts';
import { grantRoleIn } from '../support/running-product.ts';
import {
  type Avatars,
  FAN,
  onStage,
  PERFORMER,
  setTheStage,
  startCapture,
  watchPerformer,
  writeWaveFilm,
} from '../support/stage-show.ts';

const SAMPLE_SECONDS = Number(process.env.SAMPLE_SECONDS ?? 15);
const FINGERS_AND_FACE = process.env.FINGERS_AND_FACE === '1';

const database = await createTestDatabase();
const dataDir = await mkdtemp(path.join(tmpdir(), 'prostudio-bench-'));
await chmod(dataDir, 0o755);
const product = await startProduct({ DATABASE_URL: database.url, DATA_DIR: dataDir, REDIS_URL: '' });
const browser = await launchChromium();
const film = path.join(dataDir, 'wave.y4m');
await writeWaveFilm(browser, film, 4);
await setTheStage(product.url, (email, role) => grantRoleIn(database.url, email, role));
const camera = await launchChromium(fakeCameraFlags(film));

const latencyOf = (page: Page, name: string) =>
  page.evaluate(
    (who) => (window as unknown as { prostudioAvatars: Avatars }).prostudioAvatars.latency(who),
    name,
  );
const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
};

try {
  const stage = await onStage(camera, product.url, PERFORMER);
  await startCapture(stage, { fingersAndFace: FINGERS_AND_FACE });
  const audience = await onStage(browser, product.url, FAN);
  await watchPerformer(audience);
  await audience.waitForTimeout(3000); // the jitter buffer settles on the stream's rhythm
  const capture = { arrival: [] as number[], playback: [] as number[] };
  const walking = { arrival: [] as number[], playback: [] as number[] };
  const inference: number[] = [];
  // Each captured frame's age as the performer's page sends it and as it reaches the audience, by its
  // time stamp: the two halves of one frame's journey.
  const sentAt = new Map<number, number>();
  const arrivedAt = new Map<number, number>();
  const started = Date.now();
  while (Date.now() - started < SAMPLE_SECONDS * 1000) {
    const seen = await latencyOf(audience, PERFORMER.name);
    if (seen) {
      capture.arrival.push(seen.arrival);
      capture.playback.push(seen.playback);
    }
    const back = await latencyOf(stage, FAN.name);
    if (back) {
      walking.arrival.push(back.arrival);
      walking.playback.push(back.playback);
    }
    for (const { time, age } of await stage.evaluate(() =>
      (window as unknown as { prostudioAvatars: Avatars }).prostudioAvatars.sends(),
    ))
      sentAt.set(time, age);
    for (const { time, age } of await audience.evaluate(
      (who) => (window as unknown as { prostudioAvatars: Avatars }).prostudioAvatars.arrivals(who),
      PERFORMER.name,
    ))
      arrivedAt.set(time, age);
    const status = (await stage.getByTestId('capture-status').textContent()) ?? '';
    const ms = /(\d+) ms per frame/.exec(status)?.[1];
    if (ms) inference.push(Number(ms));
    await audience.waitForTimeout(250);
  }
  const row = (label: string, s: typeof capture) => {
    const arrival = quantile(s.arrival, 0.5);
    const playback = quantile(s.playback, 0.5);
    return { label, arrival, arrivalP90: quantile(s.arrival, 0.9), playback, shown: arrival + playback };
  };
  const rows = [
    row('performer (camera frame → audience)', capture),
    row('baseline: walking stream', walking),
  ];
  console.log(
    `capture latency, ${SAMPLE_SECONDS} s of samples, ${FINGERS_AND_FACE ? 'body, fingers and face' : 'body only'}; ` +
      `landmarkers ${quantile(inference, 0.5)} ms per frame (median)`,
  );
  console.log('| stream | age on arrival (median) | p90 | playback delay | shown (median) |');
  console.log('| --- | --: | --: | --: | --: |');
  for (const r of rows) {
    console.log(
      `| ${r.label} | ${r.arrival} ms | ${r.arrivalP90} ms | ${r.playback.toFixed(0)} ms | ${r.shown.toFixed(0)} ms |`,
    );
  }
  const [performer, baseline] = rows;
  if (performer && baseline)
    console.log(`ratio shown: ${(performer.shown / baseline.shown).toFixed(2)}x the baseline`);
  // How often each page gets to draw (and so to read its socket): software GL on a shared machine.
  const frameGap = (page: Page) =>
    page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const gaps: number[] = [];
          let last = performance.now();
          const tick = (now: number) => {
            gaps.push(now - last);
            last = now;
            if (gaps.length < 12) requestAnimationFrame(tick);
            else resolve(gaps.sort((a, b) => a - b)[6] ?? Number.NaN);
          };
          requestAnimationFrame(tick);
        }),
    );
  console.log(
    `frames drawn every ${(await frameGap(stage)).toFixed(0)} ms on the performer's page, ` +
      `${(await frameGap(audience)).toFixed(0)} ms on the audience's (median)`,
  );
  // Where the performer's time goes, frame by frame: camera frame to socket on the performer's page
  // (inference and the page's own delays), then the socket to the audience (the network and the room).
  const both = [...sentAt].flatMap(([time, sent]) => {
    const arrived = arrivedAt.get(time);
    return arrived === undefined ? [] : [{ sent, trip: arrived - sent }];
  });
  const sent = quantile(
    both.map((f) => f.sent),
    0.5,
  );
  const trips = both.map((f) => f.trip);
  if (performer) {
    console.log(
      `performer chain over ${both.length} frames seen on both pages (medians): camera frame → sent ${sent} ms ` +
        `(landmarkers, whole frame: ${quantile(inference, 0.5)} ms), sent → audience ${quantile(trips, 0.5)} ms ` +
        `(p90 ${quantile(trips, 0.9)} ms), playback ${performer.playback.toFixed(0)} ms`,
    );
  }
} finally {
  await camera.close();
  await browser.close();
  await product.stop();
  await database.drop();
}
