import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { covers } from './certificate-font-runs.ts';
import { typefaceFonts } from './certificate-fonts.ts';

/** The name of the first font of the typeface that draws `char`, as a line would pick it. */
function fontFor(char: string, typeface: 'regular' | 'bold' = 'regular'): string | undefined {
  return typefaceFonts(typeface).find((font) => covers(font, char.codePointAt(0) ?? -1))?.name;
}

describe('typefaceFonts', () => {
  it('lists every Fontsource subset of the weight, Noto Sans first, each with its file', () => {
    for (const typeface of ['regular', 'bold'] as const) {
      const fonts = typefaceFonts(typeface);
      expect(fonts.length).toBeGreaterThan(100);
      expect(fonts[0]?.name).toMatch(/^noto-sans-[a-z-]+-(400|700)-normal\.woff$/);
      for (const font of fonts) expect(existsSync(font.file ?? ''), font.name).toBe(true);
    }
    expect(typefaceFonts('serif-italic').map((font) => font.name)).toEqual(['Times-Italic']);
  });

  it('finds the subset that really has each character', () => {
    expect(fontFor('A')).toBe('noto-sans-latin-400-normal.woff');
    expect(fontFor('Ł')).toBe('noto-sans-latin-ext-400-normal.woff');
    expect(fontFor('ễ', 'bold')).toBe('noto-sans-vietnamese-700-normal.woff');
    expect(fontFor('Ж')).toBe('noto-sans-cyrillic-400-normal.woff');
    expect(fontFor('ع')).toBe('noto-sans-arabic-arabic-400-normal.woff');
    expect(fontFor('张')).toMatch(/^noto-sans-sc-\d+-400-normal\.woff$/);
    // Noto Sans Arabic's symbols subset claims these in its unicode-range but has no glyph for them.
    expect(fontFor('①')).toMatch(/^noto-sans-sc-/);
    expect(fontFor('🎨')).toBeUndefined();
  });
});
