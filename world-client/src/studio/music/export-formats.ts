// The file formats a song exports to, and how each is made: WAV written by the DAW, MP3 and Ogg Vorbis
// encoded from it by FFmpeg. Pure, so it is tested in Node.
import type { WavDepth } from '@prostudio/studio-tools/daw/engine';

export interface ExportFormat {
  readonly id: 'wav24' | 'wav16' | 'mp3' | 'ogg';
  readonly label: string;
  readonly extension: 'wav' | 'mp3' | 'ogg';
  readonly mime: string;
  /** The WAV's bits per sample (a compressed format is encoded from 24-bit). */
  readonly depth: WavDepth;
  /** FFmpeg's arguments from the WAV to this format; null for a WAV. */
  readonly ffmpeg: readonly string[] | null;
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  { id: 'wav24', label: 'WAV, 24-bit', extension: 'wav', mime: 'audio/wav', depth: 24, ffmpeg: null },
  { id: 'wav16', label: 'WAV, 16-bit', extension: 'wav', mime: 'audio/wav', depth: 16, ffmpeg: null },
  {
    id: 'mp3',
    label: 'MP3, 320 kbit/s',
    extension: 'mp3',
    mime: 'audio/mpeg',
    depth: 24,
    ffmpeg: ['-c:a', 'libmp3lame', '-b:a', '320k'],
  },
  {
    id: 'ogg',
    label: 'Ogg Vorbis, quality 8',
    extension: 'ogg',
    mime: 'audio/ogg',
    depth: 24,
    ffmpeg: ['-c:a', 'libvorbis', '-q:a', '8'],
  },
];

/** The exported file's name: the song's name (or "song"), "(mastered)" if it was, and the extension. */
export function exportName(song: string, format: ExportFormat, mastered: boolean): string {
  const base = song.trim().replace(/[\\/:*?"<>|]+/g, '-') || 'song';
  return `${base}${mastered ? ' (mastered)' : ''}.${format.extension}`;
}
