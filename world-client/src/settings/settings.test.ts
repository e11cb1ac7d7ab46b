import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from './settings.ts';

describe('settings', () => {
  it('start at the defaults', () => {
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
  });
  it('keep what was chosen', () => {
    expect(parseSettings(JSON.stringify({ snapDegrees: 90, vignette: false, volume: 0.2 }))).toEqual({
      ...DEFAULT_SETTINGS,
      snapDegrees: 90,
      vignette: false,
      volume: 0.2,
    });
    expect(parseSettings(JSON.stringify({ soundMode: 'music', pushToTalk: true }))).toMatchObject({
      soundMode: 'music',
      pushToTalk: true,
    });
    expect(parseSettings(JSON.stringify({ vignette: false }))).toEqual({
      ...DEFAULT_SETTINGS,
      vignette: false,
    });
  });
  it('fall back from anything unreadable', () => {
    expect(parseSettings('{not json')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings(JSON.stringify({ snapDegrees: 33 }))).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings(JSON.stringify({ volume: 3 }))).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings(JSON.stringify({ soundMode: 'karaoke' }))).toEqual(DEFAULT_SETTINGS);
  });
});
