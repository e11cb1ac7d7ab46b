// Export speed of the DAW: the demo song (16 tracks, effects and sends; studio-tools/daw/src/core/demo-song.ts,
// the song the export was tuned on) and a held-out song it never was (tests/bench/daw-held-out-song.ts: 12
// tracks, other parts and effect chains), each rendered offline in headless Chromium by the DAW's export
// (notes fed from suspend points) and, in the same run, by plain Tone.Offline with every note scheduled up
// front (the baseline; shared/FIELD-NOTES.md found it slows worse than linearly with length, so it renders
// the shorter song only unless BASELINE_BARS says). Prints × real time for each.
//
//   node tests/bench/daw-export.ts        # BARS=64 BASELINE_BARS=16 RATE=48000 RUNS=2
import path from 'node:path';

import { openModulePage } from '../support/module-page.ts';
import type { Rendered, SongName } from './daw-export-page.ts';

const BARS = Number(process.env.BARS ?? 64);
const BASELINE_BARS = Number(process.env.BASELINE_BARS ?? 16);
const RATE = Number(process.env.RATE ?? 48_000);
const RUNS = Number(process.env.RUNS ?? 2);

type BenchWindow = Window & {
  bench: {
    renderOurs(bars: number, rate: number, song: SongName): Promise<Rendered>;
    renderBaseline(bars: number, rate: number, song: SongName): Promise<Rendered>;
  };
};

const root = path.resolve(import.meta.dirname, '../..');
const studio = await openModulePage(path.join(root, 'studio-tools'), {
  dependencies: ['tone', 'yjs', 'tonal', 'zod'],
});
const rows: Array<{ label: string; result: Rendered }> = [];
try {
  await studio.addScript(
    `import * as bench from '/@fs${root}/tests/bench/daw-export-page.ts'; window.bench = bench;`,
  );
  await studio.page.waitForFunction(() => 'bench' in window, undefined, { timeout: 120_000 });
  const run = async (label: string, which: 'renderOurs' | 'renderBaseline', bars: number, song: SongName) => {
    const result = await studio.page.evaluate(
      ([w, b, r, s]) => (window as unknown as BenchWindow).bench[w](b, r, s),
      [which, bars, RATE, song] as const,
    );
    rows.push({ label, result });
    console.log(
      `${label}: ${result.audioSeconds.toFixed(1)} s of audio in ${result.wallSeconds.toFixed(2)} s`,
    );
  };
  for (let i = 0; i < RUNS; i++) {
    for (const song of ['demo', 'held-out'] as const) {
      await run(`${song}: DAW export, ${BASELINE_BARS} bars`, 'renderOurs', BASELINE_BARS, song);
      await run(`${song}: plain Tone.Offline, ${BASELINE_BARS} bars`, 'renderBaseline', BASELINE_BARS, song);
      await run(`${song}: DAW export, ${BARS} bars`, 'renderOurs', BARS, song);
    }
  }
} finally {
  await studio.close();
}

console.log(
  `\nexport of the demo song (16 tracks, tuned on) and the held-out song (12 tracks), ${RATE} Hz stereo`,
);
console.log('| render | audio | wall time | × real time | level (RMS dBFS) |');
console.log('| --- | --: | --: | --: | --: |');
for (const { label, result } of rows) {
  const speed = result.audioSeconds / result.wallSeconds;
  const level = 20 * Math.log10(result.rms);
  console.log(
    `| ${label} | ${result.audioSeconds.toFixed(1)} s | ${result.wallSeconds.toFixed(2)} s | ${speed.toFixed(1)}× | ${level.toFixed(1)} |`,
  );
}
