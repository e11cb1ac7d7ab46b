import { describe, expect, it } from 'vitest';
import { normalizeDisplayName } from './display-name.ts';

describe('normalizeDisplayName', () => {
  it('trims and folds whitespace', () => {
    expect(normalizeDisplayName('  Ada \t  Lovelace ')).toEqual({ ok: true, name: 'Ada Lovelace' });
  });

  it('strips invisible and direction-changing characters that could spoof a name tag', () => {
    expect(normalizeDisplayName('Ad\u200ba\u202e\u0007')).toEqual({ ok: true, name: 'Ada' });
  });

  it('refuses an empty or invisible name with a reason', () => {
    expect(normalizeDisplayName(' \u200b ')).toEqual({ ok: false, reason: 'Please choose a name.' });
  });

  it('counts characters, not UTF-16 units, against the limit', () => {
    expect(normalizeDisplayName('🎨'.repeat(32))).toEqual({ ok: true, name: '🎨'.repeat(32) });
    expect(normalizeDisplayName('🎨'.repeat(33)).ok).toBe(false);
  });
});
