// A sound file of the person's own into a sampler track: chosen in the file dialog, decoded by the browser
// (WAV, MP3, Ogg, FLAC: whatever it can play) at 24 kHz, averaged to mono, kept to five seconds, and set on
// the track as one edit. Anything unreadable is told in words, and the song is left as it was.
import { encodeSamplePcm, SAMPLE_LIMITS, toSamplePcm } from '@prostudio/studio-tools/daw';
import type { DawApp } from '@prostudio/studio-tools/daw/editor';

/** The rate samples are imported at: five seconds of it fit the size a sample may have. */
const IMPORT_RATE = 24_000;
/** Bigger files are not read at all (an hour of WAV is not a sample). */
const MAX_FILE_BYTES = 50_000_000;

/**
 * Asks for a sound file (within the press that asked, so the browser allows the dialog) and loads it;
 * `tell` hears what went wrong, or null once it is loaded (clearing an earlier message).
 */
export function chooseSample(app: DawApp, track: string, tell: (message: string | null) => void): void {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = 'audio/*,.wav,.mp3,.ogg,.oga,.flac';
  input.hidden = true;
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.remove();
    if (file) void loadSample(app, track, file, tell);
  });
  input.addEventListener('cancel', () => input.remove());
  document.body.append(input);
  input.click();
}

async function loadSample(app: DawApp, track: string, file: File, tell: (message: string | null) => void) {
  if (file.size > MAX_FILE_BYTES) return tell(`“${file.name}” is too large to be a sample (over 50 MB).`);
  let channels: Float32Array[];
  try {
    const audio = await new OfflineAudioContext(1, 1, IMPORT_RATE).decodeAudioData(await file.arrayBuffer());
    channels = Array.from({ length: audio.numberOfChannels }, (_, c) => audio.getChannelData(c));
  } catch {
    return tell(`“${file.name}” could not be read as sound: a sample is a WAV, MP3, Ogg or FLAC file.`);
  }
  const { pcm, trimmed } = toSamplePcm(channels);
  const name =
    file.name
      .replace(/\.[^.]*$/, '')
      .trim()
      .slice(0, 80) || 'Sample';
  const sample = { name, sampleRate: IMPORT_RATE, pcm: encodeSamplePcm(pcm) };
  if (!app.edit({ op: 'sample', track, sample })) return;
  tell(null);
  if (trimmed)
    tell(
      `“${file.name}” is longer than a sample may be: its first ${SAMPLE_LIMITS.bytes / 2 / IMPORT_RATE} s were kept.`,
    );
}
