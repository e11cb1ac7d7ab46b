// Mastering speed (studio-tools/daw/src/master): each kind of generated mix (tests/support/generated-mixes.ts,
// none of them the mixes the chain was developed on in the unit tests: other seeds, a minute long) measured
// once (the baseline: one EBU R128 pass) and mastered to each offered target, in Node. Prints × real time,
// the ratio to one measurement, how many tries it took and what it reached.
//
//   node tests/bench/daw-master.ts        # SECONDS=60 RATE=48000
import { generatedMix, type MixKind } from '../support/generated-mixes.ts';
import { measureLoudness } from '../../studio-tools/daw/src/master/loudness.ts';
import { master, MASTER_TARGETS } from '../../studio-tools/daw/src/master/master.ts';

const SECONDS = Number(process.env.SECONDS ?? 60);
const RATE = Number(process.env.RATE ?? 48_000);
const KINDS: readonly MixKind[] = ['pad', 'drums', 'loud', 'voice'];

const rows: string[] = [];
for (const [index, kind] of KINDS.entries()) {
  const mix = generatedMix(kind, 100 + index, SECONDS, RATE);
  let started = performance.now();
  const before = measureLoudness(mix, RATE);
  const measureSeconds = (performance.now() - started) / 1000;
  for (const { label, target } of MASTER_TARGETS) {
    let tries = 0;
    started = performance.now();
    const result = master(mix, RATE, target, () => tries++);
    const seconds = (performance.now() - started) / 1000;
    rows.push(
      `| ${kind} | ${label} | ${before.integrated.toFixed(1)} | ${result.after.integrated.toFixed(1)} / ${result.after.truePeak.toFixed(1)} | ${result.reached ? 'yes' : 'no'} | ${tries - 1} | ${(SECONDS / seconds).toFixed(1)}× | ${(seconds / measureSeconds).toFixed(1)} |`,
    );
    console.log(rows.at(-1));
  }
}
console.log(`\nmastering ${SECONDS} s mixes at ${RATE} Hz in Node ${process.version}`);
console.log(
  '| mix | target | before (LUFS) | after (LUFS / dBTP) | reached | tries | × real time | ÷ one measurement |',
);
console.log('| --- | --- | --: | --: | :-: | --: | --: | --: |');
for (const row of rows) console.log(row);
