import { describe, expect, it } from 'vitest';
import { chaptersFrom, formatTime, parseTime } from './chapters.ts';

describe('chapters', () => {
  it('reads and writes times', () => {
    expect(parseTime('1:05')).toBe(65);
    expect(parseTime('1:02:03')).toBe(3723);
    expect(parseTime(' 90 ')).toBe(90);
    expect(parseTime('0:00')).toBe(0);
    expect(parseTime('1:75')).toBeNull();
    expect(parseTime('a:05')).toBeNull();
    expect(parseTime('')).toBeNull();
    expect(formatTime(65)).toBe('1:05');
    expect(formatTime(3723)).toBe('1:02:03');
    expect(formatTime(0)).toBe('0:00');
  });

  it('sorts chapters by time and drops empty rows', () => {
    expect(
      chaptersFrom(
        [
          { at: '2:00', title: 'Doors' },
          { at: '', title: '' },
          { at: '0:00', title: ' Steps ' },
        ],
        300,
      ),
    ).toEqual({
      chapters: [
        { title: 'Steps', at: 0 },
        { title: 'Doors', at: 120 },
      ],
    });
  });

  it('names the row and field of a bad chapter', () => {
    expect(chaptersFrom([{ at: 'soon', title: 'x' }], 300)).toEqual({
      row: 0,
      field: 'at',
      error: 'Type a time such as 1:05.',
    });
    expect(
      chaptersFrom(
        [
          { at: '0:00', title: 'a' },
          { at: '6:00', title: 'b' },
        ],
        300,
      ),
    ).toMatchObject({
      row: 1,
      field: 'at',
      error: 'The video is 5:00 long.',
    });
    expect(chaptersFrom([{ at: '0:10', title: ' ' }], 300)).toMatchObject({ row: 0, field: 'title' });
  });
});
