// What the page says of an export's loudness, before and after mastering. Pure, so it is tested in Node.
import type { Loudness, MasterTarget } from '@prostudio/studio-tools/daw/master';

export interface LoudnessReport {
  /** The mix as rendered. */
  readonly before: Loudness;
  /** With mastering asked for: the target, the result, the gain applied and whether it was reached. */
  readonly mastered: {
    readonly target: MasterTarget;
    readonly after: Loudness;
    readonly gain: number;
    readonly reached: boolean;
  } | null;
}

const number = (value: number) => (value < 0 ? `−${Math.abs(value).toFixed(1)}` : `+${value.toFixed(1)}`);
const levels = (l: Loudness) =>
  Number.isFinite(l.integrated)
    ? `${number(l.integrated)} LUFS, true peak ${number(l.truePeak)} dBTP`
    : 'silent';

/** One sentence for the person who exported. */
export function describeLoudness(report: LoudnessReport): string {
  const { before, mastered } = report;
  if (!mastered) return `Loudness ${levels(before)}.`;
  const { target, after, gain, reached } = mastered;
  if (reached) return `Mastered to ${levels(after)} (from ${levels(before)}; ${number(gain)} dB).`;
  return (
    `Reached ${levels(after)} of the ${number(target.loudness)} LUFS asked (from ${levels(before)}; ` +
    `${number(gain)} dB): more would flatten the music. A mix with less space between its loudest and ` +
    `quietest moments gets there.`
  );
}
