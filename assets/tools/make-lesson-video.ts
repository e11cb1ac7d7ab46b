/// <reference lib="dom" />
// Records the demo course's video lesson, "Watching a rule draw": a canvas where one rule (draw a step, turn a
// little, repeat) draws a line, first without chance, then with it, then printed. Chromium records it with its
// own MediaRecorder (VP8 in WebM), so nothing is downloaded, and fix-webm-duration writes the duration the
// recorder leaves out (without it, players show no length and seek poorly, and the lesson's chapters seek):
//   node assets/tools/make-lesson-video.ts
// Writes assets/lessons/drawing-with-code.webm. Unlike the artworks, the bytes differ between runs (the
// encoder's timing); the picture does not.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { launchChromium } from '../../tests/support/browser.ts';

const SECONDS = 12;
const out = join(import.meta.dirname, '..', 'lessons', 'drawing-with-code.webm');

const browser = await launchChromium();
const page = await browser.newPage();
// The library's browser build defines window.ysFixWebmDuration.
await page.addScriptTag({ path: createRequire(import.meta.url).resolve('fix-webm-duration') });
const base64 = await page.evaluate(async (seconds) => {
  const canvas = document.createElement('canvas');
  canvas.width = 640;
  canvas.height = 360;
  document.body.append(canvas);
  const g = canvas.getContext('2d');
  if (!g) throw new Error('no 2D context');
  // A seeded generator, so every run draws the same line.
  let state = 0x5eed;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const chapters = [
    { from: 0, title: '1 · The rule', line: 'draw a step, turn 10°, repeat' },
    { from: 4, title: '2 · Chance', line: 'let chance choose each turn: 10° ± 25°' },
    { from: 8, title: '3 · The print', line: 'stop, keep it, print it' },
  ];
  const recorder = new MediaRecorder(canvas.captureStream(30), {
    mimeType: 'video/webm;codecs=vp8',
    videoBitsPerSecond: 250_000,
  });
  const parts: Blob[] = [];
  recorder.ondataavailable = (event) => parts.push(event.data);
  const stopped = new Promise((resolve) => (recorder.onstop = resolve));
  recorder.start(1000);
  const start = performance.now();
  let x = 320;
  let y = 180;
  let heading = 0;
  const path: Array<[number, number]> = [[x, y]];
  await new Promise<void>((resolve) => {
    const frame = () => {
      const t = (performance.now() - start) / 1000;
      if (t >= seconds) return resolve();
      const chapter = [...chapters].reverse().find((c) => t >= c.from) ?? chapters[0]!;
      if (t < 8) {
        for (let i = 0; i < 3; i += 1) {
          const turn = t < 4 ? 10 : 10 + (random() - 0.5) * 50;
          heading += (turn * Math.PI) / 180;
          x = Math.min(600, Math.max(40, x + Math.cos(heading) * 6));
          y = Math.min(300, Math.max(60, y + Math.sin(heading) * 6));
          path.push([x, y]);
        }
      }
      g.fillStyle = t < 8 ? '#15131b' : '#efe9dc';
      g.fillRect(0, 0, 640, 360);
      g.strokeStyle = t < 8 ? '#9fd3ff' : '#2b3a67';
      g.lineWidth = 2;
      g.beginPath();
      path.forEach(([px, py], i) => (i === 0 ? g.moveTo(px, py) : g.lineTo(px, py)));
      g.stroke();
      g.fillStyle = t < 8 ? '#f4f1ea' : '#15131b';
      g.font = '600 22px sans-serif';
      g.fillText(chapter.title, 24, 36);
      g.font = '16px sans-serif';
      g.fillText(chapter.line, 24, 340);
      requestAnimationFrame(frame);
    };
    frame();
  });
  recorder.stop();
  await stopped;
  const fix = (
    window as unknown as { ysFixWebmDuration: (blob: Blob, ms: number, options: object) => Promise<Blob> }
  ).ysFixWebmDuration;
  const fixed = await fix(new Blob(parts, { type: 'video/webm' }), seconds * 1000, { logger: false });
  const bytes = new Uint8Array(await fixed.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}, SECONDS);
await browser.close();
const video = Buffer.from(base64, 'base64');
writeFileSync(out, video);
console.log(`lessons/drawing-with-code.webm: ${(video.length / 1024).toFixed(1)} kB, ${SECONDS} s`);
