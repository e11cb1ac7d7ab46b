// A video's chapters as instructors type them (a time such as "1:05" or "1:02:03", and a title) and as the
// API keeps them (seconds). Pure, so it is tested in Node.

export interface ChapterRow {
  readonly at: string;
  readonly title: string;
}

/** "1:05" → 65, "1:02:03" → 3723, "90" → 90; null when it is not a time. */
export function parseTime(text: string): number | null {
  const parts = text.trim().split(':');
  if (parts.length > 3 || parts.some((part) => !/^\d{1,4}$/.test(part))) return null;
  const numbers = parts.map(Number);
  if (numbers.slice(1).some((n) => n >= 60)) return null;
  return numbers.reduce((total, n) => total * 60 + n, 0);
}

/** 65 → "1:05", 3723 → "1:02:03". */
export function formatTime(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/**
 * The chapters in time order, or the first row's problem (its index, and which field). Rows left wholly
 * empty are dropped; a chapter must start within the video.
 */
export function chaptersFrom(
  rows: readonly ChapterRow[],
  durationSeconds: number,
):
  | { readonly chapters: { title: string; at: number }[] }
  | { readonly row: number; readonly field: 'at' | 'title'; readonly error: string } {
  const chapters: { title: string; at: number }[] = [];
  for (const [row, chapter] of rows.entries()) {
    if (chapter.at.trim() === '' && chapter.title.trim() === '') continue;
    const at = parseTime(chapter.at);
    if (at === null) return { row, field: 'at', error: 'Type a time such as 1:05.' };
    if (durationSeconds > 0 && at >= durationSeconds)
      return { row, field: 'at', error: `The video is ${formatTime(durationSeconds)} long.` };
    if (chapter.title.trim() === '') return { row, field: 'title', error: 'Give the chapter a title.' };
    chapters.push({ title: chapter.title.trim(), at });
  }
  return { chapters: chapters.sort((a, b) => a.at - b.at) };
}
